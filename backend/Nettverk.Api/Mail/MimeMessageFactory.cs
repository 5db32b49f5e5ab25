using System.Text;
using MimeKit;

namespace Nettverk.Api.Mail;

/// <summary>Builds the MIME message of an outbox row, the same for every transport: text and HTML as
/// <c>multipart/alternative</c>, with an invitation's iMIP calendar (RFC 6047) as its last alternative and again as an
/// <c>.ics</c> attachment, the whole then <c>multipart/mixed</c>.</summary>
public static class MimeMessageFactory
{
    public static MimeMessage Create(OutboxMessage row, MailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(row.ToName, row.To));
        message.Subject = row.Subject;
        // Ours, stable per outbox row: a resend after a crash is recognisably the same message. MimeKit wants it bare.
        message.MessageId = row.MessageId.Trim().TrimStart('<').TrimEnd('>');

        var alternative = new MultipartAlternative { Text("plain", row.TextBody) };
        if (row.HtmlBody is not null) alternative.Add(Text("html", row.HtmlBody));
        if (row.CalendarBody is null)
        {
            message.Body = alternative.Count == 1 ? alternative[0] : alternative;
            return message;
        }

        // Last alternative: the one calendar-aware clients prefer (Outlook shows Accept/Decline from it). Base64 keeps
        // the iCalendar text byte for byte, its CRLFs and 75-octet folding included.
        var method = row.CalendarMethod ?? "REQUEST";
        var calendar = Text("calendar", row.CalendarBody, ContentEncoding.Base64);
        calendar.ContentType.Parameters.Add("method", method);
        alternative.Add(calendar);

        // The same calendar as a file for clients that ignore a text/calendar alternative. application/ics, so that a
        // client never takes the attachment for a second iMIP part of the same message.
        var fileName = method == "CANCEL" ? "cancel.ics" : "invite.ics";
        var attachment = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(row.CalendarBody))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = fileName,
        };
        message.Body = new Multipart("mixed") { alternative, attachment };
        return message;
    }

    static TextPart Text(string subtype, string text, ContentEncoding encoding = ContentEncoding.QuotedPrintable)
    {
        var part = new TextPart(subtype) { ContentTransferEncoding = encoding };
        part.SetText(Encoding.UTF8, text);
        return part;
    }
}
