using Nettverk.Api.Common;
using Nettverk.Api.Features.Nominations;

namespace Nettverk.Tests;

public sealed class NominationTests
{
    static readonly DateTime Now = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

    static Nomination Propose(params string[] emails) => new(Guid.NewGuid(), Guid.NewGuid(), null, null, Guid.NewGuid(),
        "kontakt@example.org", Now, new NominationCandidate(null, "Representant", emails[0], null, null),
        emails.Skip(1).Select((e, i) => new NominationCandidate(null, $"Vara {i + 1}", e, null, null)));

    [Fact]
    public void ANewNomination_IsPending_WithTheRepresentativeFirst_AndDeputiesInOrder()
    {
        var nomination = Propose("rep@example.org", "vara1@example.org", "vara2@example.org");
        nomination.Status.Should().Be(NominationStatus.Pending);
        nomination.Representative.Email.Should().Be("rep@example.org");
        nomination.Deputies.Select(d => d.Email).Should().Equal("vara1@example.org", "vara2@example.org");
    }

    [Fact]
    public void TheSamePersonTwice_IsRefused_WhateverTheCase()
    {
        var act = () => Propose("rep@example.org", "REP@example.org");
        act.Should().Throw<FieldValidationException>().Which.Field.Should().Be("deputies");
    }

    [Fact]
    public void ADecidedNomination_CannotBeDecidedAgain()
    {
        var nomination = Propose("rep@example.org");
        nomination.Reject("sekretariat@example.org", Now, "Vent til årsmøtet.");
        nomination.Status.Should().Be(NominationStatus.Rejected);
        nomination.DecisionReason.Should().Be("Vent til årsmøtet.");
        var approve = () => nomination.Approve("sekretariat@example.org", Now);
        approve.Should().Throw<DomainRuleException>().Which.Code.Should().Be("nomination_not_pending");
        var withdraw = () => nomination.Withdraw("kontakt@example.org", Now);
        withdraw.Should().Throw<DomainRuleException>();
    }
}
