using System.Net;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Features.Reports;

/// <summary>To each member (representatives and deputies) and the secretariat of an addressed committee: a report has come
/// for political treatment, with links to it in the app and to its document. The outbox sends no attachments (as for
/// invitations, whose papers are links): the PDF is a link, readable after signing in.</summary>
public static class ReportSentEmail
{
    public static MailContent Render(string personName, string bodyName, string title, string period, string committees, string link,
        string pdfLink)
    {
        var text = $"""
            Hei {personName},

            {bodyName} har sendt en sak til politisk behandling i {committees}:

            {title} ({period})

            Les saken i Nettverk: {link}
            Saksframlegget som PDF: {pdfLink}
            """;
        var html = $"""
            <p>Hei {E(personName)},</p>
            <p>{E(bodyName)} har sendt en sak til politisk behandling i {E(committees)}:</p>
            <p><strong>{E(title)}</strong> ({E(period)})</p>
            <p><a href="{E(link)}">Les saken i Nettverk</a> · <a href="{E(pdfLink)}">Saksframlegget som PDF</a></p>
            """;
        return new MailContent("report-sent", $"Sak til politisk behandling: {title}", text, html);
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
