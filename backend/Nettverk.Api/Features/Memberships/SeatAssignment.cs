using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Memberships;

/// <summary>Who may fill a seat, for every way a seat is filled: the secretariat directly, or an approved nomination.</summary>
public static class SeatAssignment
{
    /// <summary>Fills a seat, refusing people who do not exist or who already hold another seat in the same body.</summary>
    public static async Task AssignAsync(NettverkDbContext db, Seat seat, Guid? representativeId, IReadOnlyList<Guid> deputyIds,
        CancellationToken ct)
    {
        var ids = deputyIds.Concat(representativeId is { } r ? [r] : []).Distinct().ToList();
        // People registered in this same unit of work (an approved nomination's new candidates) count as existing.
        var known = (await db.People.Where(p => ids.Contains(p.Id) && p.ArchivedAt == null).Select(p => p.Id).ToListAsync(ct))
            .Concat(db.People.Local.Where(p => ids.Contains(p.Id) && p.ArchivedAt == null).Select(p => p.Id)).ToHashSet();
        if (ids.Any(id => !known.Contains(id)))
            throw new FieldValidationException(representativeId is { } rid && !known.Contains(rid)
                ? "representativeId" : "deputyIds", ErrorCodes.PersonNotFound, "The person does not exist.");
        var elsewhere = await db.Seats
            .Where(s => s.BodyId == seat.BodyId && s.Id != seat.Id)
            .Where(s => db.Memberships.Any(m => m.Id == s.MembershipId && m.LeftOn == null))
            .Where(s => (s.RepresentativeId != null && ids.Contains(s.RepresentativeId.Value)) || s.Deputies.Any(d => ids.Contains(d.PersonId)))
            .AnyAsync(ct);
        if (elsewhere) throw new DomainRuleException("person_already_seated", "A person holds another seat in this body already.");
        seat.Assign(representativeId, deputyIds);
    }
}
