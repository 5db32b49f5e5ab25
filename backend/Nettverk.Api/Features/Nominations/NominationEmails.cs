using System.Net;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Features.Nominations;

/// <summary>To the body's secretariat: an organisation has proposed a representative.</summary>
public static class NominationReceivedEmail
{
    public static MailContent Render(string bodyName, string organisationName, string representative, IEnumerable<string> deputies, string link)
    {
        var deputyText = string.Join(", ", deputies);
        var text = $"""
            {organisationName} har foreslått representant til {bodyName}.

            Representant: {representative}
            Vara: {(deputyText.Length > 0 ? deputyText : "ingen")}

            Godkjenn eller avvis forslaget: {link}
            """;
        var html = $"""
            <p>{E(organisationName)} har foreslått representant til {E(bodyName)}.</p>
            <ul><li>Representant: {E(representative)}</li><li>Vara: {E(deputyText.Length > 0 ? deputyText : "ingen")}</li></ul>
            <p><a href="{E(link)}">Godkjenn eller avvis forslaget</a></p>
            """;
        return new MailContent("nomination-received", $"Nytt forslag på representant fra {organisationName}", text, html);
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}

/// <summary>To the organisation contact who proposed: the secretariat approved or rejected it.</summary>
public static class NominationDecidedEmail
{
    public static MailContent Render(string bodyName, string representative, bool approved, string? reason, string link)
    {
        var verdict = approved ? "godkjent" : "avvist";
        var why = reason is null ? "" : $"\nBegrunnelse: {reason}\n";
        var text = $"""
            Forslaget om {representative} som representant i {bodyName} er {verdict}.
            {why}
            Se forslaget: {link}
            """;
        var html = $"""
            <p>Forslaget om {E(representative)} som representant i {E(bodyName)} er <strong>{verdict}</strong>.</p>
            {(reason is null ? "" : $"<p>Begrunnelse: {E(reason)}</p>")}
            <p><a href="{E(link)}">Se forslaget</a></p>
            """;
        return new MailContent("nomination-decided", $"Forslag på representant til {bodyName} er {verdict}", text, html);
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
