using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.People;

/// <summary>Records keep who did something as the account's address (what sign-in knows); screens show the person's name.
/// The address is the fallback only where no person has it (an account without a person, or one since removed).</summary>
public static class PersonNames
{
    /// <summary>The people's names for the given addresses, by normalised address, in one statement.</summary>
    public static async Task<Dictionary<string, string>> ByAddressAsync(NettverkDbContext db, IEnumerable<string?> addresses, CancellationToken ct)
    {
        var wanted = addresses.OfType<string>().Select(Person.Normalise).Distinct().ToList();
        if (wanted.Count == 0) return [];
        var people = await db.People.AsNoTracking().Where(p => wanted.Contains(p.NormalizedEmail))
            .Select(p => new { p.NormalizedEmail, p.Name }).ToListAsync(ct);
        return people.GroupBy(p => p.NormalizedEmail).ToDictionary(g => g.Key, g => g.First().Name);
    }

    /// <summary>The name for an address from <see cref="ByAddressAsync"/>, else the address itself.</summary>
    public static string? Show(this IReadOnlyDictionary<string, string> names, string? address) =>
        address is null ? null : names.GetValueOrDefault(Person.Normalise(address)) ?? address;

    public static async Task<string?> OfAsync(NettverkDbContext db, string? address, CancellationToken ct) =>
        (await ByAddressAsync(db, [address], ct)).Show(address);
}
