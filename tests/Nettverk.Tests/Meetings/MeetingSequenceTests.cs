using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Memberships;

namespace Nettverk.Tests.Meetings;

/// <summary>Who is sent what, and at which iCalendar SEQUENCE: calendars take a message only when it is newer than the
/// entry they hold, so each person's SEQUENCE must rise with every change, and only a reminder may repeat it.</summary>
public sealed class MeetingSequenceTests
{
    static readonly DateTime Now = MeetingBuilder.Now;

    static IReadOnlyList<InvitationMessage> Move(Meeting meeting, int days = 7) =>
        meeting.Change(meeting.Title, meeting.StartsAtLocal.AddDays(days), meeting.EndsAtLocal.AddDays(days), meeting.Format,
            meeting.Location, meeting.VideoUrl, meeting.IsOpen, Now);

    [Fact]
    public void Call_InvitesEachSeatsRepresentative_OrItsFirstDeputyWhereItHasNone()
    {
        var withRepresentative = new SeatBuilder().Build();
        var without = new SeatBuilder().WithRepresentative(null).Build();
        var empty = new SeatBuilder().WithRepresentative(null).WithDeputies().Build();
        var meeting = new MeetingBuilder().Build();

        var sent = meeting.Call([withRepresentative, without, empty], MeetingBuilder.CalendarDomain, Now);

        sent.Select(m => (m.Invitation.PersonId, m.Invitation.Role, m.Kind, m.Sequence)).Should().BeEquivalentTo(new[]
        {
            (withRepresentative.Representative(), InvitationRole.Representative, InvitationMailKind.Invitation, (int?)0),
            (without.Deputy(1), InvitationRole.Deputy, InvitationMailKind.Invitation, (int?)0),
        });
        meeting.Status.Should().Be(MeetingStatus.Called);
        meeting.CalledAt.Should().Be(Now);
        meeting.CalendarUid.Should().Be($"meeting-{meeting.Id:N}@{MeetingBuilder.CalendarDomain}");
    }

    [Fact]
    public void Call_Again_WithNothingChanged_SendsNothing()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();

        meeting.Call([seat], MeetingBuilder.CalendarDomain, Now).Should().BeEmpty();
        meeting.Sequence.Should().Be(0);
    }

    [Fact]
    public void Call_Again_InvitesOnlyTheSeatsNotInvitedYet()
    {
        var first = new SeatBuilder().Build();
        var added = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(first).Build();

        var sent = meeting.Call([first, added], MeetingBuilder.CalendarDomain, Now);

        sent.Should().ContainSingle().Which.Invitation.PersonId.Should().Be(added.Representative());
    }

    [Fact]
    public void Call_AfterTheAgendaChanged_RaisesTheSequence_AndSendsEveryoneTheUpdate()
    {
        Seat a = new SeatBuilder().Build(), b = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(a, b).Build();
        meeting.AgendaEdited();

        var sent = meeting.Call([a, b], MeetingBuilder.CalendarDomain, Now);

        meeting.Sequence.Should().Be(1);
        sent.Should().HaveCount(2).And.OnlyContain(m => m.Kind == InvitationMailKind.Update && m.Sequence == 1 && m.Changes.Count == 0);
        meeting.AgendaChangedSinceCalled.Should().BeFalse();
    }

    [Fact]
    public void AgendaEdits_BeforeTheMeetingIsCalled_DoNotRaiseTheSequence()
    {
        var seat = new SeatBuilder().Build();

        var meeting = new MeetingBuilder().WithAgendaEdits(3).CalledWith(seat).Build();

        meeting.Sequence.Should().Be(0);
        meeting.InvitationOf(seat.Representative()).SentSequence.Should().Be(0);
    }

    [Fact]
    public void Change_AfterCalling_RaisesTheSequence_AndSendsEveryoneAnUpdateSayingWhatChanged()
    {
        Seat a = new SeatBuilder().Build(), b = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(a, b).Build();

        var sent = Move(meeting);

        meeting.Sequence.Should().Be(1);
        sent.Should().HaveCount(2).And.OnlyContain(m => m.Kind == InvitationMailKind.Update && m.Sequence == 1);
        sent[0].Changes.Should().Equal(MeetingChange.Time);
    }

    [Theory]
    [InlineData("Nytt navn", null, MeetingChange.Title)]
    [InlineData(null, "https://meet.example.org/j/78", MeetingChange.Place)]
    public void Change_OfTitleOrPlace_AfterCalling_RaisesTheSequence(string? title, string? videoUrl, MeetingChange change)
    {
        var meeting = new MeetingBuilder().CalledWith(new SeatBuilder().Build()).Build();

        var sent = meeting.Change(title ?? meeting.Title, meeting.StartsAtLocal, meeting.EndsAtLocal, meeting.Format, null,
            videoUrl ?? meeting.VideoUrl, meeting.IsOpen, Now);

        meeting.Sequence.Should().Be(1);
        sent.Should().ContainSingle().Which.Changes.Should().Equal(change);
    }

    [Fact]
    public void Change_BeforeCalling_DoesNotRaiseTheSequence_AndSendsNothing()
    {
        var meeting = new MeetingBuilder().Build();

        Move(meeting).Should().BeEmpty();
        meeting.Sequence.Should().Be(0);
    }

    [Fact]
    public void Change_OfNothingTheInviteesSee_SendsNothing()
    {
        var meeting = new MeetingBuilder().CalledWith(new SeatBuilder().Build()).Build();

        meeting.Change(meeting.Title, meeting.StartsAtLocal, meeting.EndsAtLocal, meeting.Format, null, meeting.VideoUrl, isOpen: true, Now)
            .Should().BeEmpty();
        meeting.Sequence.Should().Be(0);
    }

    [Fact]
    public void Cancel_AfterCalling_RaisesTheSequence_AndSendsACancelToEveryoneStillInvited()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.Answer(seat, seat.Representative(), Rsvp.Declined);
        meeting.Answer(seat, seat.Deputy(1), Rsvp.Accepted);

        var sent = meeting.Cancel("For få kan møte.", Now);

        meeting.Sequence.Should().Be(1);
        sent.Select(m => m.Invitation.PersonId).Should().BeEquivalentTo(new[] { seat.Representative(), seat.Deputy(1) },
            "a declined invitation still holds the entry");
        sent.Should().OnlyContain(m => m.Kind == InvitationMailKind.Cancellation && m.Sequence == 1);
    }

    [Fact]
    public void Cancel_BeforeCalling_SendsNothing()
    {
        var meeting = new MeetingBuilder().Build();

        meeting.Cancel(null, Now).Should().BeEmpty();
        meeting.Sequence.Should().Be(0);
        meeting.Status.Should().Be(MeetingStatus.Cancelled);
    }

    [Fact]
    public void Cancel_LeavesOutDeputiesAlreadyReleased()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.Answer(seat, seat.Representative(), Rsvp.Declined);
        meeting.Answer(seat, seat.Representative(), Rsvp.Accepted);

        meeting.Cancel(null, Now).Should().ContainSingle().Which.Invitation.PersonId.Should().Be(seat.Representative());
    }

    [Fact]
    public void EachRecipientsSequence_StrictlyRises_ThroughChangesTheDeputyChainAndCancelling()
    {
        var seat = new SeatBuilder().Build();
        var other = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat, other).Build();
        var sent = meeting.Invitations.Select(i => (i.PersonId, Sequence: i.SentSequence, Method: "REQUEST")).ToList();
        void Record(IEnumerable<InvitationMessage> messages) => sent.AddRange(messages.Select(m =>
            (m.Invitation.PersonId, m.Sequence!.Value, m.Kind is InvitationMailKind.Cancellation or InvitationMailKind.DeputyNotNeeded ? "CANCEL" : "REQUEST")));

        Record(Move(meeting));
        meeting.AgendaEdited();
        Record(meeting.Call([seat, other], MeetingBuilder.CalendarDomain, Now));
        Record(meeting.Answer(seat, seat.Representative(), Rsvp.Declined));
        Record(meeting.Answer(seat, seat.Representative(), Rsvp.Accepted));
        Record(meeting.CallDeputy(seat, seat.Deputy(1), Now));
        Record(meeting.Cancel("Flyttet.", Now));

        foreach (var person in sent.GroupBy(s => s.PersonId))
            person.Select(s => s.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        sent.Where(s => s.PersonId == seat.Representative()).Select(s => s.Sequence).Should().Equal(0, 1, 2, 3);
        sent.Where(s => s.PersonId == seat.Deputy(1)).Select(s => (s.Sequence, s.Method)).Should()
            .Equal((2, "REQUEST"), (3, "CANCEL"), (4, "REQUEST"), (5, "CANCEL"));
    }
}
