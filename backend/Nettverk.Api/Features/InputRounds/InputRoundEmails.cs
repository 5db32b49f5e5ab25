using System.Net;
using Nettverk.Api.Calendar;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Features.InputRounds;

/// <summary>To each party when a round opens: what is asked, by when, and where to answer.</summary>
public static class InputRoundInvitationEmail
{
    public static MailContent Render(string bodyName, string title, string personName, string? partyName, DateTime opensAtUtc,
        DateTime closesAtUtc, string link)
    {
        var due = When(closesAtUtc);
        var opens = When(opensAtUtc);
        var forWhom = partyName is null ? "" : $" på vegne av {partyName}";
        var text = $"""
            Hei {personName},

            {bodyName} ber om innspill{forWhom}: {title}.
            Runden er åpen fra {opens} til {due}.

            Svar her: {link}
            """;
        var html = $"""
            <p>Hei {E(personName)},</p>
            <p>{E(bodyName)} ber om innspill{E(forWhom)}: <strong>{E(title)}</strong>.</p>
            <p>Runden er åpen fra {E(opens)} til <strong>{E(due)}</strong>.</p>
            <p><a href="{E(link)}">Svar i Nettverk</a></p>
            """;
        return new MailContent("input-round-invitation", $"Innspill: {title}", text, html);
    }

    internal static string When(DateTime utc)
    {
        var local = OsloTime.ToLocal(utc);
        return $"{MeetingTexts.Date(local)} kl. {local:HH\\.mm}";
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}

/// <summary>To a party that has not answered, some days before the round closes.</summary>
public static class InputRoundReminderEmail
{
    public static MailContent Render(string bodyName, string title, string personName, string? partyName, DateTime closesAtUtc, string link)
    {
        var due = InputRoundInvitationEmail.When(closesAtUtc);
        var forWhom = partyName is null ? "" : $" fra {partyName}";
        var text = $"""
            Hei {personName},

            Vi har ikke fått svar{forWhom} på innspillsrunden «{title}» i {bodyName}. Fristen er {due}.

            Svar her: {link}
            """;
        var html = $"""
            <p>Hei {E(personName)},</p>
            <p>Vi har ikke fått svar{E(forWhom)} på innspillsrunden «{E(title)}» i {E(bodyName)}. Fristen er <strong>{E(due)}</strong>.</p>
            <p><a href="{E(link)}">Svar i Nettverk</a></p>
            """;
        return new MailContent("input-round-reminder", $"Påminnelse: {title}", text, html);
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
