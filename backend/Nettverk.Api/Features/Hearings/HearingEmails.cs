using System.Net;
using Nettverk.Api.Calendar;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Features.Hearings;

/// <summary>The hearing's e-mails: the invitation (documents and deadline, with the party's own answer link), the
/// reminder before the deadline, and the receipt for every submitted or revised response.</summary>
public static class HearingEmails
{
    public static string Deadline(DateTime utc) => OsloTime.ToLocal(utc).ToString("d. MMMM yyyy 'kl.' HH:mm", new System.Globalization.CultureInfo("nb-NO"));

    public static MailContent Invitation(string bodyName, string title, string partyName, DateTime deadline, IReadOnlyList<(string Name, string Link)> documents,
        string answerLink)
    {
        var docs = string.Join("\n", documents.Select(d => $"- {d.Name}: {d.Link}"));
        var text = $"""
            {bodyName} sender «{title}» på høring, og {partyName} er høringsinstans.

            Høringsfrist: {Deadline(deadline)}

            Høringsdokumenter:
            {(docs.Length > 0 ? docs : "(ingen)")}

            Les høringen og svar her: {answerLink}
            Har dere ingen merknader, kan dere svare «ingen merknader» på samme side.
            """;
        var html = $"""
            <p>{E(bodyName)} sender «{E(title)}» på høring, og {E(partyName)} er høringsinstans.</p>
            <p><strong>Høringsfrist: {E(Deadline(deadline))}</strong></p>
            <ul>{string.Concat(documents.Select(d => $"<li><a href=\"{E(d.Link)}\">{E(d.Name)}</a></li>"))}</ul>
            <p><a href="{E(answerLink)}">Les høringen og svar</a></p>
            """;
        return new MailContent("hearing-invitation", $"Høring: {title} – frist {Deadline(deadline)}", text, html);
    }

    public static MailContent Reminder(string title, string partyName, DateTime deadline, string answerLink)
    {
        var text = $"""
            Påminnelse: {partyName} har ikke svart på høringen «{title}».

            Fristen er {Deadline(deadline)}.
            Svar her: {answerLink}
            """;
        var html = $"""
            <p>Påminnelse: {E(partyName)} har ikke svart på høringen «{E(title)}».</p>
            <p>Fristen er <strong>{E(Deadline(deadline))}</strong>.</p>
            <p><a href="{E(answerLink)}">Svar på høringen</a></p>
            """;
        return new MailContent("hearing-reminder", $"Påminnelse: høringsfrist {Deadline(deadline)} – {title}", text, html);
    }

    public static MailContent Receipt(string title, string partyName, bool revised, bool noComments, DateTime at, DateTime deadline, string answerLink)
    {
        var what = noComments ? "«ingen merknader»" : "høringssvaret";
        var verb = revised ? "endret" : "mottatt";
        var text = $"""
            Vi har {verb} {what} fra {partyName} til høringen «{title}» ({Deadline(at)}).

            Dere kan endre svaret til fristen {Deadline(deadline)}: {answerLink}
            """;
        var html = $"""
            <p>Vi har {verb} {what} fra {E(partyName)} til høringen «{E(title)}» ({E(Deadline(at))}).</p>
            <p>Dere kan endre svaret til fristen {E(Deadline(deadline))}: <a href="{E(answerLink)}">høringssvaret</a></p>
            """;
        return new MailContent("hearing-receipt", $"Kvittering: høringssvar til {title}", text, html);
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
