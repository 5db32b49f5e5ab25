using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Registrations;

/// <summary>How a meeting's registrations stand, counted by the database: read by the public page and the secretariat's.</summary>
public static class RegistrationReads
{
    public sealed record Counts(int Confirmed, int WaitListed, int Unconfirmed);

    public static async Task<Counts> CountsAsync(NettverkDbContext db, Guid meetingId, CancellationToken ct)
    {
        var rows = await db.Registrations.Where(r => r.MeetingId == meetingId).GroupBy(r => r.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(RegistrationStatus s) => rows.FirstOrDefault(r => r.Key == s)?.Count ?? 0;
        return new(Of(RegistrationStatus.Confirmed), Of(RegistrationStatus.WaitListed), Of(RegistrationStatus.Unconfirmed));
    }
}
