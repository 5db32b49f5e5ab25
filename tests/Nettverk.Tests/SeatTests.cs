using Nettverk.Api.Common;
using Nettverk.Api.Features.Memberships;

namespace Nettverk.Tests;

public sealed class SeatTests
{
    static Seat NewSeat() => new Membership(Guid.NewGuid(), Guid.NewGuid(), null).AddSeat(SeatRole.Member, null, null);

    [Fact]
    public void Assign_KeepsTheDeputiesInTheOrderGiven_AndReordersExistingOnes()
    {
        var seat = NewSeat();
        Guid rep = Guid.NewGuid(), first = Guid.NewGuid(), second = Guid.NewGuid();
        seat.Assign(rep, [first, second]);
        seat.Deputies.OrderBy(d => d.Order).Select(d => d.PersonId).Should().Equal(first, second);
        var firstRow = seat.Deputies.Single(d => d.PersonId == first);

        seat.Assign(rep, [second, first]);
        seat.Deputies.OrderBy(d => d.Order).Select(d => (d.PersonId, d.Order)).Should().Equal((second, 1), (first, 2));
        seat.Deputies.Single(d => d.PersonId == first).Should().BeSameAs(firstRow, "a deputy who stays keeps their row");
    }

    [Fact]
    public void Assign_DropsDeputiesNoLongerNamed()
    {
        var seat = NewSeat();
        Guid first = Guid.NewGuid(), second = Guid.NewGuid();
        seat.Assign(null, [first, second]);
        seat.Assign(null, [second]);
        seat.Deputies.Select(d => (d.PersonId, d.Order)).Should().Equal((second, 1));
    }

    [Fact]
    public void Assign_RefusesTheRepresentativeAsTheirOwnDeputy()
    {
        var rep = Guid.NewGuid();
        var act = () => NewSeat().Assign(rep, [rep]);
        act.Should().Throw<FieldValidationException>().Which.Field.Should().Be("deputyIds");
    }

    [Fact]
    public void Assign_RefusesTheSameDeputyTwice()
    {
        var deputy = Guid.NewGuid();
        var act = () => NewSeat().Assign(null, [deputy, deputy]);
        act.Should().Throw<FieldValidationException>().Which.Field.Should().Be("deputyIds");
    }

    [Fact]
    public void SetTerm_RefusesATermThatEndsBeforeItStarts()
    {
        var act = () => NewSeat().SetTerm(SeatRole.Chair, new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 31));
        act.Should().Throw<FieldValidationException>().Which.Field.Should().Be("termEnd");
    }
}
