using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Calendar;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>What invitations and calendar entries say about a meeting beyond the meeting itself: the body, its
/// secretariat (the ORGANIZER when there is no inbound mailbox) and the timed agenda.</summary>
public sealed record MeetingContext(string BodyName, CalendarAddress? Secretariat, IReadOnlyList<TimedAgendaItem> Agenda)
{
    public static async Task<MeetingContext> LoadAsync(NettverkDbContext db, Meeting meeting, CancellationToken ct) =>
        (await LoadManyAsync(db, [meeting], ct))[meeting.Id];

    /// <summary>The context of many meetings in three queries however many there are (bodies, secretaries, agenda
    /// items): a feed of a hundred meetings costs what a feed of one does.</summary>
    public static async Task<IReadOnlyDictionary<Guid, MeetingContext>> LoadManyAsync(NettverkDbContext db,
        IReadOnlyCollection<Meeting> meetings, CancellationToken ct)
    {
        if (meetings.Count == 0) return new Dictionary<Guid, MeetingContext>();
        var bodyIds = meetings.Select(m => m.BodyId).Distinct().ToList();
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var bodies = await db.Bodies.Where(b => bodyIds.Contains(b.Id)).Select(b => new { b.Id, b.Name })
            .ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var secretaries = (await db.BodySecretaries.Where(s => bodyIds.Contains(s.BodyId))
                .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => new { s.BodyId, p.Email, p.Name })
                .ToListAsync(ct))
            .GroupBy(s => s.BodyId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Name, StringComparer.Ordinal).First());
        var items = (await db.AgendaItems.AsNoTracking().Where(i => meetingIds.Contains(i.MeetingId)).ToListAsync(ct))
            .ToLookup(i => i.MeetingId);
        return meetings.DistinctBy(m => m.Id).ToDictionary(m => m.Id, m =>
        {
            var bodyName = bodies[m.BodyId];
            var secretary = secretaries.GetValueOrDefault(m.BodyId);
            return new MeetingContext(bodyName,
                secretary is null ? null : new CalendarAddress(secretary.Email, $"{bodyName} (sekretariatet)"),
                Meetings.Agenda.Timed(m, items[m.Id]));
        });
    }
}
