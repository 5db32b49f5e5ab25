using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>The seats a meeting's commands hand to it: the body's seats to invite, and one seat with its deputies for
/// the deputy chain.</summary>
public static class MeetingSeats
{
    /// <summary>The seats of the body's current members (a membership that has ended invites nobody).</summary>
    public static Task<List<Seat>> ToInviteAsync(NettverkDbContext db, Guid bodyId, CancellationToken ct) =>
        db.Seats.Include(s => s.Deputies)
            .Where(s => s.BodyId == bodyId && db.Memberships.Any(m => m.Id == s.MembershipId && m.LeftOn == null))
            .ToListAsync(ct);

    /// <summary>The seat with its deputies, or null when there is none (an invitation without a seat).</summary>
    public static async Task<Seat?> WithDeputiesAsync(NettverkDbContext db, Guid? seatId, CancellationToken ct) =>
        seatId is { } id ? await db.Seats.Include(s => s.Deputies).FirstOrDefaultAsync(s => s.Id == id, ct) : null;
}
