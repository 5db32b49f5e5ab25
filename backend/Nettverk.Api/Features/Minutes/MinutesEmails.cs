using System.Net;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Features.Minutes;

/// <summary>What the minutes are about, as the e-mails name it: "Oppstartsmøte 17. mars 2021 i Nettverk for …".</summary>
public sealed record MinutesMailContext(string BodyName, string MeetingTitle, DateTime StartsAtLocal, string Link)
{
    public string Meeting => $"{MeetingTitle} {MeetingTexts.Date(StartsAtLocal)}";
}

/// <summary>To each seat holder: the draft is out for comments until the deadline.</summary>
public static class MinutesReviewEmail
{
    public static MailContent Render(MinutesMailContext c, string personName, DateOnly deadline, string? message)
    {
        var due = MeetingTexts.Date(deadline.ToDateTime(TimeOnly.MinValue));
        var text = $"""
            Hei {personName},

            Utkast til referat fra møtet {c.Meeting} i {c.BodyName} er klart til gjennomsyn.
            Kommenter sakene i Nettverk innen {due}.
            {(message is null ? "" : $"\n{message}\n")}
            Les og kommenter: {c.Link}
            """;
        var html = $"""
            <p>Hei {E(personName)},</p>
            <p>Utkast til referat fra møtet {E(c.Meeting)} i {E(c.BodyName)} er klart til gjennomsyn.
            Kommenter sakene i Nettverk innen <strong>{E(due)}</strong>.</p>
            {(message is null ? "" : $"<p>{E(message)}</p>")}
            <p><a href="{E(c.Link)}">Les og kommenter referatet</a></p>
            """;
        return new MailContent("minutes-review", $"Referat til gjennomsyn: {c.Meeting}", text, html);
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}

/// <summary>To each seat holder: the minutes are published (or a corrected edition is).</summary>
public static class MinutesPublishedEmail
{
    public static MailContent Render(MinutesMailContext c, string personName, int revision, string? correctionReason, string? publicLink)
    {
        var what = revision > 1 ? $"En rettet utgave ({revision}) av referatet" : "Referatet";
        var why = correctionReason is null ? "" : $"\nRettelse: {correctionReason}\n";
        var text = $"""
            Hei {personName},

            {what} fra møtet {c.Meeting} i {c.BodyName} er godkjent og publisert.
            {why}
            Les referatet: {c.Link}
            {(publicLink is null ? "" : $"Offentlig versjon: {publicLink}")}
            """;
        var html = $"""
            <p>Hei {E(personName)},</p>
            <p>{E(what)} fra møtet {E(c.Meeting)} i {E(c.BodyName)} er godkjent og publisert.</p>
            {(correctionReason is null ? "" : $"<p>Rettelse: {E(correctionReason)}</p>")}
            <p><a href="{E(c.Link)}">Les referatet</a>{(publicLink is null ? "" : $" · <a href=\"{E(publicLink)}\">Offentlig versjon</a>")}</p>
            """;
        return new MailContent("minutes-published", $"Referat publisert: {c.Meeting}", text, html);
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}

/// <summary>To the secretariat: a meeting was held some days ago and has no minutes yet.</summary>
public static class MinutesMissingEmail
{
    public static MailContent Render(MinutesMailContext c, string personName, int days)
    {
        var text = $"""
            Hei {personName},

            Møtet {c.Meeting} i {c.BodyName} ble holdt for {days} dager siden, og det finnes ikke noe utkast til referat ennå.

            Skriv referatet: {c.Link}
            """;
        var html = $"""
            <p>Hei {E(personName)},</p>
            <p>Møtet {E(c.Meeting)} i {E(c.BodyName)} ble holdt for {days} dager siden, og det finnes ikke noe utkast til referat ennå.</p>
            <p><a href="{E(c.Link)}">Skriv referatet</a></p>
            """;
        return new MailContent("minutes-missing", $"Referat mangler: {c.Meeting}", text, html);
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}

/// <summary>To the one responsible for an action item: it is due soon, or overdue.</summary>
public static class ActionItemReminderEmail
{
    public static MailContent Render(string bodyName, string personName, string caseNumber, string what, DateOnly dueOn, bool overdue, string link)
    {
        var due = MeetingTexts.Date(dueOn.ToDateTime(TimeOnly.MinValue));
        var lead = overdue
            ? $"Fristen for dette oppfølgingspunktet i {bodyName} gikk ut {due}, og det står fortsatt som åpent:"
            : $"Dette oppfølgingspunktet i {bodyName} har frist {due}:";
        var text = $"""
            Hei {personName},

            {lead}

            Sak {caseNumber}: {what}

            Marker det som utført, eller se detaljene: {link}
            """;
        var html = $"""
            <p>Hei {E(personName)},</p>
            <p>{E(lead)}</p>
            <p><strong>Sak {E(caseNumber)}:</strong> {E(what)}</p>
            <p><a href="{E(link)}">Marker det som utført, eller se detaljene</a></p>
            """;
        return new MailContent(overdue ? "action-item-overdue" : "action-item-due",
            $"{(overdue ? "Frist passert" : "Påminnelse")}: oppfølgingspunkt i {bodyName} (sak {caseNumber})", text, html);
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
