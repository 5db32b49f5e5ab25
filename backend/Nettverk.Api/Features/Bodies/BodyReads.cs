using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Bodies;

/// <summary>What other features read about a body: its secretariat as the formal documents name it (the meeting
/// invitation, the minutes).</summary>
public static class BodyReads
{
    /// <summary>"Sekretariat: Silje Kvamme (sekretariat@example.org)", or null when the body has none.</summary>
    public static async Task<string?> SecretariatLineAsync(NettverkDbContext db, Guid bodyId, bool withEmail, CancellationToken ct)
    {
        var people = await db.BodySecretaries.Where(s => s.BodyId == bodyId)
            .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => new { p.Name, p.Email }).OrderBy(p => p.Name).ToListAsync(ct);
        return people.Count == 0 ? null
            : "Sekretariat: " + string.Join(", ", people.Select(p => withEmail ? $"{p.Name} ({p.Email})" : p.Name));
    }
}
