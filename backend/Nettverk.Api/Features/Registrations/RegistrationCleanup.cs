using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Registrations;

/// <summary>Personal data kept no longer than needed: dietary and access needs go once the meeting has ended,
/// registrations never confirmed go when their link has expired, and the per-address counters after a day. Idempotent:
/// what is done leaves nothing for the next run.</summary>
public sealed class RegistrationCleanup(NettverkDbContext db)
{
    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken ct)
    {
        var ended = await db.Registrations.Where(r => r.Needs != null)
            .Join(db.Meetings.Where(m => m.EndsAtUtc <= nowUtc), r => r.MeetingId, m => m.Id, (r, _) => r).OrderBy(r => r.Id).Take(500).ToListAsync(ct);
        foreach (var r in ended) r.DeleteNeeds(nowUtc);
        await db.SaveChangesAsync(ct);
        var expired = await db.Registrations.Where(r => r.Status == RegistrationStatus.Unconfirmed && r.ExpiresAt <= nowUtc)
            .ExecuteDeleteAsync(ct);
        var dayAgo = nowUtc.AddDays(-1);
        await db.RegistrationAttempts.Where(a => a.At < dayAgo).ExecuteDeleteAsync(ct);
        return ended.Count + expired;
    }
}
