using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Tests.Meetings;

/// <summary>What a meeting refuses: nothing changes once it is over or cancelled, with the codes clients word.</summary>
public sealed class MeetingRefusalTests
{
    static readonly DateTime Now = MeetingBuilder.Now;
    static readonly DateTime Later = MeetingBuilder.AfterTheMeeting;

    static string CodeOf(Action act) => act.Should().Throw<DomainRuleException>().Which.Code;

    static void Reschedule(Meeting meeting, DateTime at) =>
        meeting.Change(meeting.Title, meeting.StartsAtLocal.AddDays(1), meeting.EndsAtLocal.AddDays(1), meeting.Format, null,
            meeting.VideoUrl, meeting.IsOpen, at);

    [Fact]
    public void Change_WhenTheMeetingIsOver_IsRefused()
    {
        var meeting = new MeetingBuilder().CalledWith(new SeatBuilder().Build()).Build();

        CodeOf(() => Reschedule(meeting, Later)).Should().Be("meeting_past");
        meeting.Sequence.Should().Be(0);
    }

    [Fact]
    public void Change_WhenCancelled_IsRefused()
    {
        var meeting = new MeetingBuilder().Build();
        meeting.Cancel(null, Now);

        CodeOf(() => Reschedule(meeting, Now)).Should().Be("meeting_cancelled");
    }

    [Fact]
    public void Call_WhenTheMeetingIsOver_IsRefused()
    {
        var meeting = new MeetingBuilder().Build();

        CodeOf(() => meeting.Call([new SeatBuilder().Build()], MeetingBuilder.CalendarDomain, Later)).Should().Be("meeting_past");
        meeting.Invitations.Should().BeEmpty();
    }

    [Fact]
    public void Call_WhenCancelled_IsRefused()
    {
        var meeting = new MeetingBuilder().Build();
        meeting.Cancel(null, Now);

        CodeOf(() => meeting.Call([], MeetingBuilder.CalendarDomain, Now)).Should().Be("meeting_cancelled");
    }

    [Fact]
    public void Call_WithoutTheVideoLinkOfADigitalMeeting_IsRefusedOnVideoUrl()
    {
        var meeting = new Meeting(MeetingBuilder.Body, "Møte", new DateTime(2027, 5, 12, 12, 0, 0), new DateTime(2027, 5, 12, 14, 0, 0),
            MeetingFormat.Digital, null, null, isOpen: false);

        var act = () => meeting.Call([], MeetingBuilder.CalendarDomain, Now);

        var refusal = act.Should().Throw<FieldValidationException>().Which;
        (refusal.Field, refusal.Code).Should().Be(("videoUrl", ErrorCodes.VideoUrlRequiredToCall));
    }

    [Fact]
    public void Respond_WhenTheMeetingIsOver_IsRefused()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();

        CodeOf(() => meeting.Answer(seat, seat.Representative(), Rsvp.Declined, Later)).Should().Be("meeting_past");
        meeting.Invitations.Should().ContainSingle().Which.Answer.Should().Be(Rsvp.NoAnswer);
    }

    [Fact]
    public void Respond_WhenCancelled_IsRefused()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.Cancel(null, Now);

        CodeOf(() => meeting.Answer(seat, seat.Representative(), Rsvp.Accepted)).Should().Be("meeting_cancelled");
    }

    [Fact]
    public void Respond_WithoutAnAnswer_IsRefusedOnAnswer()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();

        var act = () => meeting.Answer(seat, seat.Representative(), Rsvp.NoAnswer);

        act.Should().Throw<FieldValidationException>().Which.Field.Should().Be("answer");
    }

    [Fact]
    public void Respond_ToAnotherMeetingsInvitation_IsAProgrammingError()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        var other = new MeetingBuilder().CalledWith(seat).Build();

        var act = () => meeting.Respond(other.Invitations[0], Rsvp.Accepted, null, "test@example.org", seat, Now);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Cancel_Twice_IsRefused()
    {
        var meeting = new MeetingBuilder().Build();
        meeting.Cancel(null, Now);

        CodeOf(() => meeting.Cancel(null, Now)).Should().Be("meeting_cancelled");
    }

    [Fact]
    public void Cancel_WhenTheMeetingIsOver_IsRefused_AndSendsNothing()
    {
        var meeting = new MeetingBuilder().CalledWith(new SeatBuilder().Build()).Build();

        CodeOf(() => meeting.Cancel("For sent.", Later)).Should().Be("meeting_past");
        (meeting.Status, meeting.Sequence, meeting.CancelledAt).Should().Be((MeetingStatus.Called, 0, (DateTime?)null));
    }

    [Fact]
    public void Cancel_WhenAPlannedMeetingIsOver_IsRefused()
    {
        var meeting = new MeetingBuilder().Build();

        CodeOf(() => meeting.Cancel(null, Later)).Should().Be("meeting_past");
        meeting.Status.Should().Be(MeetingStatus.Planned);
    }

    [Fact]
    public void CallDeputy_WhenTheMeetingIsOver_IsRefused()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();

        CodeOf(() => meeting.CallDeputy(seat, null, Later)).Should().Be("meeting_past");
        meeting.Invitations.Should().ContainSingle();
    }

    [Fact]
    public void CallDeputy_WhenCancelled_IsRefusedAsCancelled()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.Cancel(null, Now);

        CodeOf(() => meeting.CallDeputy(seat, null, Now)).Should().Be("meeting_cancelled");
    }

    [Fact]
    public void AgendaEdited_WhenCancelled_IsRefused()
    {
        var meeting = new MeetingBuilder().Build();
        meeting.Cancel(null, Now);

        CodeOf(meeting.AgendaEdited).Should().Be("meeting_cancelled");
    }
}
