using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Tests.Meetings;

/// <summary>The deputy chain: a decline calls in vara 1, then vara 2; the representative coming after all releases them.</summary>
public sealed class MeetingDeputyChainTests
{
    static readonly DateTime Now = MeetingBuilder.Now;

    [Fact]
    public void Respond_WhenRepresentativeDeclines_CallsFirstDeputy()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();

        var sent = meeting.Answer(seat, seat.Representative(), Rsvp.Declined);

        var message = sent.Should().ContainSingle().Subject;
        message.Kind.Should().Be(InvitationMailKind.Invitation);
        message.Invitation.PersonId.Should().Be(seat.Deputy(1));
        message.Invitation.Role.Should().Be(InvitationRole.Deputy);
        message.Invitation.DeputyOrder.Should().Be(1);
        message.Invitation.SeatId.Should().Be(seat.Id);
        meeting.Invitations.Should().Contain(message.Invitation);
    }

    [Fact]
    public void Respond_WhenFirstDeputyDeclinesToo_CallsSecondDeputy()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.Answer(seat, seat.Representative(), Rsvp.Declined);

        var sent = meeting.Answer(seat, seat.Deputy(1), Rsvp.Declined);

        sent.Should().ContainSingle().Which.Invitation.PersonId.Should().Be(seat.Deputy(2));
    }

    [Fact]
    public void Respond_WhenNoDeputyIsLeft_SendsNothing()
    {
        var seat = new SeatBuilder().WithDeputies(Guid.NewGuid()).Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.Answer(seat, seat.Representative(), Rsvp.Declined);

        var sent = meeting.Answer(seat, seat.Deputy(1), Rsvp.Declined);

        sent.Should().BeEmpty();
        meeting.Invitations.Should().HaveCount(2);
    }

    [Fact]
    public void Respond_WhenSomeoneForTheSeatIsStillComing_CallsNobody()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.CallDeputy(seat, null, Now);
        meeting.Answer(seat, seat.Deputy(1), Rsvp.Accepted);

        meeting.Answer(seat, seat.Representative(), Rsvp.Declined).Should().BeEmpty();
    }

    [Fact]
    public void Respond_WhenRepresentativeAcceptsAfterAll_WithdrawsActiveDeputiesWithACancel()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.Answer(seat, seat.Representative(), Rsvp.Declined);
        meeting.Answer(seat, seat.Deputy(1), Rsvp.Declined);
        meeting.Answer(seat, seat.Deputy(2), Rsvp.Accepted);

        var sent = meeting.Answer(seat, seat.Representative(), Rsvp.Accepted);

        sent.Select(m => m.Invitation.PersonId).Should().BeEquivalentTo(new[] { seat.Deputy(1), seat.Deputy(2) });
        sent.Should().OnlyContain(m => m.Kind == InvitationMailKind.DeputyNotNeeded && m.Sequence == 1, "each gets a CANCEL above the 0 they hold");
        sent.Should().OnlyContain(m => !m.Invitation.Active && m.Invitation.WithdrawnAt == Now);
        meeting.InvitationOf(seat.Representative()).Counts.Should().BeTrue();
    }

    [Fact]
    public void Respond_WhenADeputyAccepts_ReleasesNobody()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.Answer(seat, seat.Representative(), Rsvp.Declined);

        meeting.Answer(seat, seat.Deputy(1), Rsvp.Accepted).Should().BeEmpty();
    }

    [Fact]
    public void Respond_ToAWithdrawnInvitation_IsRefused()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.Answer(seat, seat.Representative(), Rsvp.Declined);
        meeting.Answer(seat, seat.Representative(), Rsvp.Accepted);

        var act = () => meeting.Answer(seat, seat.Deputy(1), Rsvp.Accepted);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("invitation_withdrawn");
    }

    [Fact]
    public void CallDeputy_WhenAWithdrawnDeputyIsCalledAgain_SendsAHigherSequence_AndForgetsTheOldAnswer()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.Answer(seat, seat.Representative(), Rsvp.Declined);
        meeting.Answer(seat, seat.Deputy(1), Rsvp.Accepted);
        meeting.Answer(seat, seat.Representative(), Rsvp.Accepted);

        var sent = meeting.CallDeputy(seat, seat.Deputy(1), Now.AddHours(1));

        var message = sent.Should().ContainSingle().Subject;
        message.Kind.Should().Be(InvitationMailKind.Invitation);
        message.Sequence.Should().Be(2, "the deputy held 0, then the CANCEL's 1");
        message.Invitation.Active.Should().BeTrue();
        message.Invitation.Answer.Should().Be(Rsvp.NoAnswer);
        message.Invitation.InvitedAt.Should().Be(Now.AddHours(1));
        meeting.Invitations.Should().HaveCount(2, "the same invitation is used again");
    }

    [Fact]
    public void CallDeputy_WithoutAName_CallsTheNextInOrder()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.CallDeputy(seat, null, Now);

        meeting.CallDeputy(seat, null, Now).Should().ContainSingle().Which.Invitation.PersonId.Should().Be(seat.Deputy(2));
    }

    [Fact]
    public void CallDeputy_WhenEveryDeputyHasBeenAsked_IsRefused()
    {
        var seat = new SeatBuilder().WithDeputies(Guid.NewGuid()).Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();
        meeting.CallDeputy(seat, null, Now);

        var act = () => meeting.CallDeputy(seat, null, Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("no_deputy_left");
    }

    [Fact]
    public void CallDeputy_ForSomeoneWhoIsNotADeputyOfTheSeat_IsRefusedOnPersonId()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().CalledWith(seat).Build();

        var act = () => meeting.CallDeputy(seat, Guid.NewGuid(), Now);

        var refusal = act.Should().Throw<FieldValidationException>().Which;
        (refusal.Field, refusal.Code).Should().Be(("personId", ErrorCodes.NotADeputyOfSeat));
    }

    [Fact]
    public void CallDeputy_ForASeatOfAnotherBody_IsRefusedOnSeatId()
    {
        var meeting = new MeetingBuilder().CalledWith(new SeatBuilder().Build()).Build();
        var elsewhere = new SeatBuilder().InBody(Guid.NewGuid()).Build();

        var act = () => meeting.CallDeputy(elsewhere, null, Now);

        var refusal = act.Should().Throw<FieldValidationException>().Which;
        (refusal.Field, refusal.Code).Should().Be(("seatId", ErrorCodes.SeatNotOfBody));
    }

    [Fact]
    public void CallDeputy_BeforeTheMeetingIsCalled_IsRefused()
    {
        var seat = new SeatBuilder().Build();
        var meeting = new MeetingBuilder().Build();

        var act = () => meeting.CallDeputy(seat, null, Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("meeting_not_called");
    }

    [Fact]
    public void CallDeputy_ForSomeoneInvitedForAnotherSeat_IsRefused()
    {
        var both = Guid.NewGuid();
        var first = new SeatBuilder().WithDeputies(both).Build();
        var second = new SeatBuilder().WithRepresentative(both).WithDeputies().Build();
        var meeting = new MeetingBuilder().CalledWith(first, second).Build();

        var act = () => meeting.CallDeputy(first, both, Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("already_invited");
    }
}
