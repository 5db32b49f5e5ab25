using System.Net;
using Nettverk.Api.Calendar;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Features.Registrations;

/// <summary>The registrant's e-mails: confirm your address; already registered (the link again); a seat, with the
/// calendar invitation; the waiting list; moved up from the waiting list, with the invitation; cancelled, with a CANCEL.</summary>
public static class RegistrationEmails
{
    public sealed record Meeting(string BodyName, string Title, DateTime StartsAtLocal, DateTime EndsAtLocal, string? Place);

    static string When(Meeting m) => $"{MeetingTexts.Date(m.StartsAtLocal)} kl. {MeetingTexts.Time(m.StartsAtLocal)}–{MeetingTexts.Time(m.EndsAtLocal)}";

    static string Facts(Meeting m) => $"{m.BodyName}: {m.Title}\n{When(m)}{(m.Place is null ? "" : $"\n{m.Place}")}";

    static string HtmlFacts(Meeting m) =>
        $"<p><strong>{E(m.BodyName)}: {E(m.Title)}</strong><br>{E(When(m))}{(m.Place is null ? "" : $"<br>{E(m.Place)}")}</p>";

    public static MailContent ConfirmAddress(Meeting m, string name, string confirmLink, DateTime expiresAtUtc) => new("registration-confirm",
        $"Bekreft påmeldingen: {m.Title}",
        $"""
        Hei {name},

        Vi har fått en påmelding med denne e-postadressen til:
        {Facts(m)}

        Bekreft påmeldingen innen {HearingTime(expiresAtUtc)}: {confirmLink}
        Plassen holdes først når du har bekreftet. Har du ikke meldt deg på, kan du se bort fra denne e-posten.
        """,
        $"""
        <p>Hei {E(name)},</p><p>Vi har fått en påmelding med denne e-postadressen til:</p>{HtmlFacts(m)}
        <p><a href="{E(confirmLink)}">Bekreft påmeldingen</a> innen {E(HearingTime(expiresAtUtc))}. Plassen holdes først når du har bekreftet.</p>
        <p>Har du ikke meldt deg på, kan du se bort fra denne e-posten.</p>
        """);

    public static MailContent AlreadyRegistered(Meeting m, string name, string myLink) => new("registration-already",
        $"Du er allerede påmeldt: {m.Title}",
        $"""
        Hei {name},

        Denne e-postadressen er allerede påmeldt:
        {Facts(m)}

        Se eller avmeld påmeldingen: {myLink}
        """,
        $"""
        <p>Hei {E(name)},</p><p>Denne e-postadressen er allerede påmeldt:</p>{HtmlFacts(m)}
        <p><a href="{E(myLink)}">Se eller avmeld påmeldingen</a></p>
        """);

    public static MailContent Seat(Meeting m, string name, string myLink, string ics, bool movedUp) => new(
        movedUp ? "registration-moved-up" : "registration-confirmed",
        movedUp ? $"Du har fått plass: {m.Title}" : $"Påmeldingen er bekreftet: {m.Title}",
        $"""
        Hei {name},

        {(movedUp ? "En plass ble ledig, og du har rykket opp fra ventelisten. Du har nå plass på:" : "Du har plass på:")}
        {Facts(m)}

        Kalenderinvitasjonen er vedlagt.
        Kan du ikke komme, meld deg av her, så går plassen til neste på ventelisten: {myLink}
        """,
        $"""
        <p>Hei {E(name)},</p>
        <p>{(movedUp ? "En plass ble ledig, og du har rykket opp fra ventelisten. Du har nå plass på:" : "Du har plass på:")}</p>{HtmlFacts(m)}
        <p>Kalenderinvitasjonen er vedlagt.</p>
        <p>Kan du ikke komme? <a href="{E(myLink)}">Meld deg av</a>, så går plassen til neste på ventelisten.</p>
        """) { Calendar = new CalendarPart(CalendarMethod.Request, ics) };

    public static MailContent WaitListed(Meeting m, string name, int position, string myLink) => new("registration-waitlisted",
        $"Du står på venteliste: {m.Title}",
        $"""
        Hei {name},

        Møtet er fullt, så du står på ventelisten som nummer {position}:
        {Facts(m)}

        Blir en plass ledig, rykker du opp og får e-post med kalenderinvitasjon.
        Se eller avmeld påmeldingen: {myLink}
        """,
        $"""
        <p>Hei {E(name)},</p><p>Møtet er fullt, så du står på ventelisten som nummer {position}:</p>{HtmlFacts(m)}
        <p>Blir en plass ledig, rykker du opp og får e-post med kalenderinvitasjon.</p>
        <p><a href="{E(myLink)}">Se eller avmeld påmeldingen</a></p>
        """);

    public static MailContent Cancelled(Meeting m, string name, string? ics) => new("registration-cancelled",
        $"Avmeldt: {m.Title}",
        $"""
        Hei {name},

        Du er avmeldt fra:
        {Facts(m)}
        """,
        $"<p>Hei {E(name)},</p><p>Du er avmeldt fra:</p>{HtmlFacts(m)}") { Calendar = ics is null ? null : new CalendarPart(CalendarMethod.Cancel, ics) };

    static string HearingTime(DateTime utc) => OsloTime.ToLocal(utc).ToString("d. MMMM yyyy 'kl.' HH:mm", new System.Globalization.CultureInfo("nb-NO"));

    static string E(string s) => WebUtility.HtmlEncode(s);
}
