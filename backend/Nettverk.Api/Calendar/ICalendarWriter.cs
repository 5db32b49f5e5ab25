using System.Globalization;
using System.Text;

namespace Nettverk.Api.Calendar;

/// <summary>Writes RFC 5545 calendars with RFC 5546 methods. Our own, as no iCalendar library is to be had here; every
/// calendar it writes is checked in the tests by Mozilla's ical.js.</summary>
public static class ICalendarWriter
{
    public const string ProductId = "-//Nettverk//Nettverk 1.0//NB";

    public static string Write(CalendarMethod method, IEnumerable<CalendarEvent> events, string? calendarName = null)
    {
        var sb = new StringBuilder();
        void Line(string text) => ContentLines.AppendFolded(sb, text);

        Line("BEGIN:VCALENDAR");
        Line("PRODID:" + ProductId);
        Line("VERSION:2.0");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:" + method.ToString().ToUpperInvariant());
        if (calendarName is not null) Line("X-WR-CALNAME:" + ContentLines.EscapeText(calendarName));
        var list = events.ToList();
        if (list.Count > 0)
            foreach (var tz in OsloTime.VTimeZone) Line(tz);
        foreach (var e in list) WriteEvent(Line, method, e);
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    public static string Write(CalendarMethod method, CalendarEvent single) => Write(method, [single]);

    static void WriteEvent(Action<string> line, CalendarMethod method, CalendarEvent e)
    {
        if (e.EndLocal <= e.StartLocal) throw new ArgumentException("An event ends after it starts.", nameof(e));
        line("BEGIN:VEVENT");
        line("UID:" + ContentLines.EscapeText(e.Uid));
        line("SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture));
        line("DTSTAMP:" + Utc(e.StampUtc));
        line($"DTSTART;TZID={OsloTime.ZoneId}:{Local(e.StartLocal)}");
        line($"DTEND;TZID={OsloTime.ZoneId}:{Local(e.EndLocal)}");
        line("SUMMARY:" + ContentLines.EscapeText(e.Summary));
        if (!string.IsNullOrEmpty(e.Description)) line("DESCRIPTION:" + ContentLines.EscapeText(e.Description));
        if (!string.IsNullOrEmpty(e.Location)) line("LOCATION:" + ContentLines.EscapeText(e.Location));
        if (!string.IsNullOrEmpty(e.Url) && Uri.TryCreate(e.Url, UriKind.Absolute, out var url)) line("URL:" + url.AbsoluteUri);
        if (e.Organizer is { } organizer) line("ORGANIZER" + Name(organizer.Name) + ":mailto:" + Mailto(organizer.Email));
        foreach (var a in e.Attendees ?? [])
        {
            var rsvp = method == CalendarMethod.Reply ? "" : ";RSVP=" + (a.Rsvp ? "TRUE" : "FALSE");
            line($"ATTENDEE{Name(a.Name)};CUTYPE=INDIVIDUAL;ROLE={Role(a.Role)};PARTSTAT={PartStat(a.Status)}{rsvp}:mailto:{Mailto(a.Email)}");
        }
        if (!string.IsNullOrEmpty(e.Comment)) line("COMMENT:" + ContentLines.EscapeText(e.Comment));
        line("STATUS:" + e.Status.ToString().ToUpperInvariant());
        line("TRANSP:OPAQUE");
        line("END:VEVENT");
    }

    static string Name(string? name) => string.IsNullOrWhiteSpace(name) ? "" : ";CN=" + ContentLines.ParamValue(name);

    // An address goes into a URI: nothing that could end the line or the value may pass.
    static string Mailto(string email) =>
        new(email.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c) && c is not ('"' or ';' or ',' or ':' or '<' or '>')).ToArray());

    static string Utc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToUniversalTime()
        .ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    static string Local(DateTime local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    public static string Role(AttendeeRole role) => role switch
    {
        AttendeeRole.Chair => "CHAIR",
        AttendeeRole.OptionalParticipant => "OPT-PARTICIPANT",
        AttendeeRole.NonParticipant => "NON-PARTICIPANT",
        _ => "REQ-PARTICIPANT",
    };

    public static string PartStat(ParticipationStatus status) => status switch
    {
        ParticipationStatus.Accepted => "ACCEPTED",
        ParticipationStatus.Declined => "DECLINED",
        ParticipationStatus.Tentative => "TENTATIVE",
        ParticipationStatus.Delegated => "DELEGATED",
        _ => "NEEDS-ACTION",
    };

    public static ParticipationStatus? ParsePartStat(string? value) => value?.ToUpperInvariant() switch
    {
        "ACCEPTED" => ParticipationStatus.Accepted,
        "DECLINED" => ParticipationStatus.Declined,
        "TENTATIVE" => ParticipationStatus.Tentative,
        "DELEGATED" => ParticipationStatus.Delegated,
        "NEEDS-ACTION" => ParticipationStatus.NeedsAction,
        _ => null,
    };
}
