using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.People;

/// <summary>A person as shown inside other records (a seat, a secretariat, a contact list).</summary>
public sealed record PersonRef(Guid Id, string Name, string Email, string? Phone, string? Title, string? OrganisationName);

public static class PersonRefs
{
    /// <summary>Loads many people in one query, keyed by id.</summary>
    public static async Task<Dictionary<Guid, PersonRef>> LoadAsync(NettverkDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return [];
        return await (
            from p in db.People.AsNoTracking() where wanted.Contains(p.Id)
            join o in db.Organisations on p.OrganisationId equals o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            select new PersonRef(p.Id, p.Name, p.Email, p.Phone, p.Title, o == null ? null : o.Name)).ToDictionaryAsync(p => p.Id, ct);
    }
}
