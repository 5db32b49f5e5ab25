using System.Text;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Calendar;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>What invitations and calendar entries say about a meeting beyond the meeting itself: the body, its
/// secretariat (the ORGANIZER, to whom calendars send their replies) and the timed agenda.</summary>
public sealed record MeetingContext(string BodyName, CalendarAddress? Organizer, IReadOnlyList<TimedAgendaItem> Agenda)
{
    public static async Task<MeetingContext> LoadAsync(NettverkDbContext db, Meeting meeting, CancellationToken ct)
    {
        var bodyName = await db.Bodies.Where(b => b.Id == meeting.BodyId).Select(b => b.Name).FirstAsync(ct);
        var secretary = await db.BodySecretaries.Where(s => s.BodyId == meeting.BodyId)
            .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => p).OrderBy(p => p.Name)
            .Select(p => new { p.Email, p.Name }).FirstOrDefaultAsync(ct);
        var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id).ToListAsync(ct);
        return new MeetingContext(bodyName,
            secretary is null ? null : new CalendarAddress(secretary.Email, $"{bodyName} (sekretariatet)"),
            Meetings.Agenda.Timed(meeting, items));
    }

    /// <summary>The calendar entry; the place or the video link in LOCATION and URL, and both in the description too,
    /// because people complain when their calendar entry lacks the meeting link.</summary>
    public CalendarEvent Event(Meeting meeting, string domain, DateTime nowUtc, IReadOnlyList<CalendarAttendee>? attendees, string meetingLink)
    {
        var description = new StringBuilder();
        if (meeting.VideoUrl is not null) description.Append("Videolenke: ").Append(meeting.VideoUrl).Append('\n');
        if (meeting.Location is not null) description.Append("Sted: ").Append(meeting.Location).Append('\n');
        if (Agenda.Count > 0)
        {
            description.Append("\nSaksliste:\n");
            foreach (var a in Agenda)
                description.Append($"{MeetingTexts.Time(a.StartsAtLocal)}–{MeetingTexts.Time(a.EndsAtLocal)} Sak {a.CaseLabel} {a.Item.Title}\n");
        }
        description.Append("\nMøtet i Nettverk: ").Append(meetingLink);
        var location = meeting.Format switch
        {
            MeetingFormat.Digital => meeting.VideoUrl ?? "Digitalt møte",
            MeetingFormat.Hybrid => meeting.Location is null ? meeting.VideoUrl : $"{meeting.Location} / {meeting.VideoUrl}",
            _ => meeting.Location,
        };
        return new CalendarEvent(meeting.Uid(domain), meeting.Sequence, nowUtc, meeting.StartsAtLocal, meeting.EndsAtLocal,
            $"{BodyName}: {meeting.Title}", description.ToString(), location, meeting.VideoUrl ?? meetingLink, Organizer, attendees,
            meeting.Status == MeetingStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed);
    }
}
