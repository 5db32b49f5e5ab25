using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Tests.Meetings;

/// <summary>The deputy chain across seats: a person can be deputy for two seats, or hold one seat and be deputy for
/// another, yet has one invitation per meeting. A decline is always recorded; the chain passes over a deputy who is
/// invited already or declined, and calls the next, or no one.</summary>
public sealed class MeetingSharedDeputyTests
{
    static readonly DateTime Now = MeetingBuilder.Now;

    [Fact]
    public void Respond_WhenTheFirstDeputyIsInvitedForAnotherSeat_RecordsTheDecline_AndCallsTheNextDeputy()
    {
        var both = Guid.NewGuid();
        var seat = new SeatBuilder().WithDeputies(both, Guid.NewGuid()).Build();
        var other = new SeatBuilder().WithRepresentative(both).WithDeputies().Build();
        var meeting = new MeetingBuilder().CalledWith(seat, other).Build();

        var sent = meeting.Answer(seat, seat.Representative(), Rsvp.Declined);

        meeting.InvitationOf(seat.Representative()).Answer.Should().Be(Rsvp.Declined);
        var message = sent.Should().ContainSingle().Subject;
        (message.Invitation.PersonId, message.Invitation.SeatId, message.Invitation.DeputyOrder).Should().Be((seat.Deputy(2), seat.Id, 2));
        meeting.InvitationOf(both).SeatId.Should().Be(other.Id, "their own invitation stays as it was");
    }

    [Fact]
    public void Respond_WhenTheOnlyDeputyIsInvitedForAnotherSeat_RecordsTheDecline_AndCallsNobody()
    {
        var both = Guid.NewGuid();
        var seat = new SeatBuilder().WithDeputies(both).Build();
        var other = new SeatBuilder().WithRepresentative(both).WithDeputies().Build();
        var meeting = new MeetingBuilder().CalledWith(seat, other).Build();

        var sent = meeting.Answer(seat, seat.Representative(), Rsvp.Declined);

        sent.Should().BeEmpty();
        meeting.InvitationOf(seat.Representative()).Answer.Should().Be(Rsvp.Declined);
        meeting.Invitations.Where(i => i.SeatId == seat.Id).Should().NotContain(i => i.Counts, "the seat shows nobody coming");
    }

    [Fact]
    public void Respond_WhenTwoSeatsShareTheirFirstDeputy_TheSecondDeclineCallsItsNextDeputy()
    {
        var shared = Guid.NewGuid();
        var first = new SeatBuilder().WithDeputies(shared, Guid.NewGuid()).Build();
        var second = new SeatBuilder().WithDeputies(shared, Guid.NewGuid()).Build();
        var meeting = new MeetingBuilder().CalledWith(first, second).Build();
        meeting.Answer(first, first.Representative(), Rsvp.Declined).Should().ContainSingle().Which.Invitation.PersonId.Should().Be(shared);

        var sent = meeting.Answer(second, second.Representative(), Rsvp.Declined);

        var message = sent.Should().ContainSingle().Subject;
        (message.Invitation.PersonId, message.Invitation.SeatId, message.Sequence).Should().Be((second.Deputy(2), second.Id, 0));
        meeting.Invitations.Count(i => i.PersonId == shared).Should().Be(1);
        meeting.InvitationOf(shared).SeatId.Should().Be(first.Id);
    }

    [Fact]
    public void Respond_SkipsADeputyWhoDeclinedTheMeetingForAnotherSeat_EvenOnceReleasedThere()
    {
        var shared = Guid.NewGuid();
        var first = new SeatBuilder().WithDeputies(shared).Build();
        var second = new SeatBuilder().WithDeputies(shared, Guid.NewGuid()).Build();
        var meeting = new MeetingBuilder().CalledWith(first, second).Build();
        meeting.Answer(first, first.Representative(), Rsvp.Declined);
        meeting.Answer(first, shared, Rsvp.Declined);
        meeting.Answer(first, first.Representative(), Rsvp.Accepted);

        var sent = meeting.Answer(second, second.Representative(), Rsvp.Declined);

        sent.Should().ContainSingle().Which.Invitation.PersonId.Should().Be(second.Deputy(2), "they said they cannot come");
    }

    [Fact]
    public void Respond_CallingADeputyReleasedFromAnotherSeat_MovesTheirInvitationToThisSeat_WithAHigherSequence()
    {
        var shared = Guid.NewGuid();
        var first = new SeatBuilder().WithDeputies(shared).Build();
        var second = new SeatBuilder().WithDeputies(Guid.NewGuid(), shared).Build();
        var meeting = new MeetingBuilder().CalledWith(first, second).Build();
        meeting.Answer(first, first.Representative(), Rsvp.Declined);
        meeting.Answer(first, shared, Rsvp.Accepted);
        meeting.Answer(first, first.Representative(), Rsvp.Accepted);
        meeting.Answer(second, second.Representative(), Rsvp.Declined);

        var sent = meeting.Answer(second, second.Deputy(1), Rsvp.Declined);

        var message = sent.Should().ContainSingle().Subject;
        message.Invitation.Should().BeSameAs(meeting.InvitationOf(shared));
        (message.Invitation.SeatId, message.Invitation.Role, message.Invitation.DeputyOrder).Should().Be((second.Id, InvitationRole.Deputy, 2));
        message.Invitation.Active.Should().BeTrue();
        message.Sequence.Should().Be(2, "they held 0, then the CANCEL's 1");
    }

    [Fact]
    public void CallDeputy_WithoutAName_SkipsADeputyInvitedForAnotherSeat()
    {
        var both = Guid.NewGuid();
        var seat = new SeatBuilder().WithDeputies(both, Guid.NewGuid()).Build();
        var other = new SeatBuilder().WithRepresentative(both).WithDeputies().Build();
        var meeting = new MeetingBuilder().CalledWith(seat, other).Build();

        meeting.CallDeputy(seat, null, Now).Should().ContainSingle().Which.Invitation.PersonId.Should().Be(seat.Deputy(2));
    }

    [Fact]
    public void CallDeputy_WithoutAName_WhenTheOnlyDeputyIsInvitedForAnotherSeat_IsRefusedAsNoDeputyLeft()
    {
        var both = Guid.NewGuid();
        var seat = new SeatBuilder().WithDeputies(both).Build();
        var other = new SeatBuilder().WithRepresentative(both).WithDeputies().Build();
        var meeting = new MeetingBuilder().CalledWith(seat, other).Build();

        var act = () => meeting.CallDeputy(seat, null, Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("no_deputy_left");
    }
}
