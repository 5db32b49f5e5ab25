using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Memberships;

public enum SeatRole { Member, Chair, ViceChair, Observer }

/// <summary>An organisation's membership of a body. Its seats are held by a representative and ordered deputies.</summary>
public sealed class Membership : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BodyId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DateOnly? JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }
    public List<Seat> Seats { get; private set; } = [];
    Guid? IAudited.AuditBodyId => BodyId;

    private Membership() { }

    public Membership(Guid bodyId, Guid organisationId, DateOnly? joinedOn)
    {
        BodyId = bodyId;
        OrganisationId = organisationId;
        JoinedOn = joinedOn;
    }

    public bool IsActive => LeftOn is null;

    public void End(DateOnly leftOn)
    {
        if (LeftOn is not null) throw new DomainRuleException("membership_ended", "The membership has already ended.");
        if (leftOn < JoinedOn) throw new FieldValidationException("leftOn", ErrorCodes.MembershipEndsBeforeStart, "The membership cannot end before it began.");
        LeftOn = leftOn;
    }

    public Seat AddSeat(SeatRole role, DateOnly? termStart, DateOnly? termEnd)
    {
        if (!IsActive) throw new DomainRuleException("membership_ended", "The membership has ended.");
        var seat = new Seat(Id, BodyId, role, termStart, termEnd);
        Seats.Add(seat);
        return seat;
    }
}

public sealed class Seat : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MembershipId { get; private set; }
    /// <summary>Denormalised from the membership so that per-body queries and the audit log need no join.</summary>
    public Guid BodyId { get; private set; }
    public SeatRole Role { get; private set; }
    public DateOnly? TermStart { get; private set; }
    public DateOnly? TermEnd { get; private set; }
    public Guid? RepresentativeId { get; private set; }
    public List<SeatDeputy> Deputies { get; private set; } = [];
    Guid? IAudited.AuditBodyId => BodyId;

    private Seat() { }

    internal Seat(Guid membershipId, Guid bodyId, SeatRole role, DateOnly? termStart, DateOnly? termEnd)
    {
        MembershipId = membershipId;
        BodyId = bodyId;
        SetTerm(role, termStart, termEnd);
    }

    public void SetTerm(SeatRole role, DateOnly? termStart, DateOnly? termEnd)
    {
        if (termStart is not null && termEnd is not null && termEnd < termStart)
            throw new FieldValidationException("termEnd", ErrorCodes.TermEndsBeforeStart, "The term cannot end before it starts.");
        Role = role;
        TermStart = termStart;
        TermEnd = termEnd;
    }

    /// <summary>Sets the representative and the deputies in the order they are called in (vara 1, vara 2 …).</summary>
    public void Assign(Guid? representativeId, IReadOnlyList<Guid> deputyIds)
    {
        if (deputyIds.Distinct().Count() != deputyIds.Count)
            throw new FieldValidationException("deputyIds", ErrorCodes.DeputyTwice, "A person can be deputy only once for a seat.");
        if (representativeId is not null && deputyIds.Contains(representativeId.Value))
            throw new FieldValidationException("deputyIds", ErrorCodes.RepresentativeIsDeputy, "The representative cannot also be a deputy for the seat.");
        RepresentativeId = representativeId;
        Deputies.RemoveAll(d => !deputyIds.Contains(d.PersonId));
        for (var i = 0; i < deputyIds.Count; i++)
        {
            var existing = Deputies.FirstOrDefault(d => d.PersonId == deputyIds[i]);
            if (existing is null) Deputies.Add(new SeatDeputy(Id, BodyId, deputyIds[i], i + 1));
            else existing.MoveTo(i + 1);
        }
    }

    public IEnumerable<Guid> Holders() =>
        Deputies.Select(d => d.PersonId).Concat(RepresentativeId is { } r ? [r] : []);
}

public sealed class SeatDeputy : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SeatId { get; private set; }
    public Guid BodyId { get; private set; }
    public Guid PersonId { get; private set; }
    /// <summary>1 for the first deputy (1. vara), who is called in first.</summary>
    public int Order { get; private set; }
    Guid? IAudited.AuditBodyId => BodyId;

    private SeatDeputy() { }

    internal SeatDeputy(Guid seatId, Guid bodyId, Guid personId, int order)
    {
        SeatId = seatId;
        BodyId = bodyId;
        PersonId = personId;
        Order = order;
    }

    internal void MoveTo(int order) => Order = order;
}
