using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Memberships;

namespace Nettverk.Tests.Meetings;

/// <summary>Reminders repeat the calendar entry a person holds, at its own SEQUENCE, and only when it is that very entry.</summary>
public sealed class MeetingReminderRulesTests
{
    static readonly DateTime Now = MeetingBuilder.Now;
    static readonly IReadOnlySet<Guid> NoneYet = new HashSet<Guid>();

    [Fact]
    public void Remind_RepeatsTheEntryEachPersonHolds_WithTheirOwnSequence()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        // The deputy released and called in again holds SEQUENCE 2 of the meeting's version 0.
        meeting.Answer(seat, seat.Representative(), Rsvp.Declined);
        meeting.Answer(seat, seat.Representative(), Rsvp.Accepted);
        meeting.CallDeputy(seat, seat.Deputy(1), Now);

        var sent = meeting.Remind(chaser: false, NoneYet);

        sent.Select(m => (m.Invitation.PersonId, m.Kind, m.Sequence)).Should().BeEquivalentTo(new[]
        {
            (seat.Representative(), InvitationMailKind.Reminder, (int?)0),
            (seat.Deputy(1), InvitationMailKind.Reminder, (int?)2),
        });
        meeting.Invitations.Select(i => i.SentSequence).Should().BeEquivalentTo(new[] { 0, 2 }, "a reminder changes no entry");
    }

    [Fact]
    public void Remind_AfterAnAgendaEditNotYetSent_GoesWithoutTheCalendarEntry()
    {
        var meeting = new MeetingBuilder().CalledWith(new SeatBuilder().Build()).Build();
        meeting.AgendaEdited();

        meeting.Remind(chaser: false, NoneYet).Should().ContainSingle().Which.Sequence.Should().BeNull();
    }

    [Fact]
    public void Remind_GoesToThoseStillExpected_OnceEach()
    {
        Seat declined = new SeatBuilder().WithDeputies().Build(), accepted = new SeatBuilder().Build(), reminded = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(declined, accepted, reminded).Build();
        meeting.Answer(declined, declined.Representative(), Rsvp.Declined);
        meeting.Answer(accepted, accepted.Representative(), Rsvp.Accepted);

        var sent = meeting.Remind(chaser: false, new HashSet<Guid> { meeting.InvitationOf(reminded.Representative()).Id });

        sent.Should().ContainSingle().Which.Invitation.PersonId.Should().Be(accepted.Representative());
    }

    [Fact]
    public void Remind_AsAChaser_GoesOnlyToThoseWhoHaveNotAnswered()
    {
        Seat answered = new SeatBuilder().Build(), silent = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(answered, silent).Build();
        meeting.Answer(answered, answered.Representative(), Rsvp.Tentative);

        var sent = meeting.Remind(chaser: true, NoneYet);

        var message = sent.Should().ContainSingle().Subject;
        (message.Invitation.PersonId, message.Kind).Should().Be((silent.Representative(), InvitationMailKind.RsvpChaser));
    }

    [Fact]
    public void Remind_ForACancelledMeeting_SendsNothing()
    {
        var meeting = new MeetingBuilder().CalledWith(new SeatBuilder().Build()).Build();
        meeting.Cancel(null, Now);

        meeting.Remind(chaser: false, NoneYet).Should().BeEmpty();
    }
}
