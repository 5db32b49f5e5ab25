using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Calendar;

/// <summary>The one mapping from a meeting to a calendar entry (Ical.Net objects), used by the invitations, updates and
/// cancellations (iMIP, RFC 6047), the personal and public feeds and the single-meeting .ics.</summary>
public static class MeetingCalendar
{
    public const string ProductId = "-//Nettverk//Nettverk 1.0//NB";

    /// <summary>Who invitations come from and replies go to: the inbound mailbox when there is one (so the app reads the
    /// answers), else the body's secretariat.</summary>
    public static CalendarAddress? InvitationOrganizer(MeetingContext context, InboundMailOptions inbound) =>
        inbound.IsConfigured ? new CalendarAddress(inbound.Address!.Trim(), $"{context.BodyName} (sekretariatet)") : context.Secretariat;

    /// <summary>A public feed names a role address or none: never a person's e-mail.</summary>
    public static CalendarAddress? PublicOrganizer(MeetingContext context, InboundMailOptions inbound) =>
        inbound.IsConfigured ? new CalendarAddress(inbound.Address!.Trim(), $"{context.BodyName} (sekretariatet)") : null;

    /// <summary>The calendar entry; the place or the video link in LOCATION and URL, and both in the description too,
    /// because people complain when their calendar entry lacks the meeting link.</summary>
    public static CalendarEvent Event(Meeting meeting, MeetingContext context, string uid, int sequence, DateTime stampUtc,
        string meetingLink, CalendarAddress? organizer, CalendarAttendee? attendee = null, bool cancelled = false)
    {
        var description = new StringBuilder();
        if (meeting.VideoUrl is not null) description.Append("Videolenke: ").Append(meeting.VideoUrl).Append('\n');
        if (meeting.Location is not null) description.Append("Sted: ").Append(meeting.Location).Append('\n');
        if (context.Agenda.Count > 0)
        {
            description.Append("\nSaksliste:\n");
            foreach (var a in context.Agenda)
                description.Append($"{MeetingTexts.Time(a.StartsAtLocal)}–{MeetingTexts.Time(a.EndsAtLocal)} Sak {a.CaseLabel} {a.Item.Title}\n");
        }
        description.Append("\nMøtet i Nettverk: ").Append(meetingLink);
        var location = meeting.Format switch
        {
            MeetingFormat.Digital => meeting.VideoUrl ?? "Digitalt møte",
            MeetingFormat.Hybrid => meeting.Location is null ? meeting.VideoUrl : $"{meeting.Location} / {meeting.VideoUrl}",
            _ => meeting.Location,
        };
        var url = meeting.VideoUrl ?? meetingLink;
        var e = new CalendarEvent
        {
            Uid = uid,
            Sequence = sequence,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc), CalDateTime.UtcTzId),
            DtStart = new CalDateTime(meeting.StartsAtLocal, OsloTime.ZoneId),
            DtEnd = new CalDateTime(meeting.EndsAtLocal, OsloTime.ZoneId),
            Summary = IcsText.Text($"{context.BodyName}: {meeting.Title}"),
            Description = IcsText.Text(description.ToString()),
            Location = location is null ? null : IcsText.Text(location),
            Url = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : null,
            Status = cancelled || meeting.Status == MeetingStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Transparency = TransparencyType.Opaque,
        };
        if (organizer is not null)
            e.Organizer = new Organizer { Value = IcsText.Mailto(organizer.Email), CommonName = Name(organizer.Name) };
        if (attendee is not null)
            e.Attendees.Add(new Attendee(IcsText.Mailto(attendee.Email))
            {
                CommonName = Name(attendee.Name),
                Type = "INDIVIDUAL",
                Role = ParticipationRole.RequiredParticipant,
                ParticipationStatus = attendee.PartStat,
                Rsvp = attendee.Rsvp,
            });
        return e;
    }

    /// <summary>A whole calendar: the method, the events and the Europe/Oslo VTIMEZONE that covers them.</summary>
    public static string Write(CalendarMethod method, IReadOnlyList<CalendarEvent> events, string? calendarName = null)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = method.ToString().ToUpperInvariant(), Scale = "GREGORIAN" };
        if (calendarName is not null) calendar.AddProperty("X-WR-CALNAME", IcsText.Text(calendarName));
        if (events.Count > 0)
        {
            // Ical.Net's default VTIMEZONE starts in January of the year before the machine's clock, so a feed's older
            // meetings would fall before its first observance. And given a date late in the year it leaves the DAYLIGHT
            // observance out altogether (a summer meeting then reads an hour off). So: 1 January of the earliest
            // event's year, from which it starts a year earlier with both observances. It reads the zone's rules from
            // there to the machine's clock (DateTime.Now, not ours) and throws when that start is later, so for a
            // calendar of meetings all in years to come it starts at this year's (the rules it writes recur yearly).
            var earliest = events.Min(e => e.DtStart!.Value);
            var from = Math.Min(earliest.Year, DateTime.Now.Year);
            calendar.AddTimeZone(OsloTime.ZoneId, new DateTime(from, 1, 1), includeHistoricalData: false);
        }
        foreach (var e in events) calendar.Events.Add(e);
        return IcsText.Serialize(calendar);
    }

    static string? Name(string? name) => string.IsNullOrWhiteSpace(name) ? null : IcsText.Param(name);
}
