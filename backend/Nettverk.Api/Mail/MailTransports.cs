using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace Nettverk.Api.Mail;

/// <summary>Hands one message to the outside world. Throws when it was not accepted.
/// Kept small so that MailKit can replace System.Net.Mail where it is available.</summary>
public interface IMailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>Builds the MIME message the same way for every transport.</summary>
public static class MailMessageFactory
{
    public static MailMessage Create(OutboxMessage message, MailOptions options)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(options.From, options.FromName),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        mail.To.Add(new MailAddress(message.To, message.ToName));
        // SmtpClient adds no Message-ID: ours is stable per outbox row, so a resend after a crash is the same message.
        mail.Headers.Add("Message-ID", message.MessageId);
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.TextBody,
            new ContentType("text/plain; charset=utf-8")));
        if (message.HtmlBody is not null)
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody,
                new ContentType("text/html; charset=utf-8")));
        if (message.CalendarBody is not null)
        {
            // Last alternative: the one calendar-aware clients prefer. The same text again as a file for the rest.
            var method = message.CalendarMethod ?? "REQUEST";
            var calendar = AlternateView.CreateAlternateViewFromString(message.CalendarBody,
                new ContentType($"text/calendar; method={method}; charset=utf-8"));
            calendar.TransferEncoding = TransferEncoding.Base64;
            mail.AlternateViews.Add(calendar);
            var file = new Attachment(new MemoryStream(Encoding.UTF8.GetBytes(message.CalendarBody)),
                new ContentType($"application/ics; name=\"{(method == "CANCEL" ? "cancel" : "invite")}.ics\""));
            file.ContentDisposition!.FileName = method == "CANCEL" ? "cancel.ics" : "invite.ics";
            mail.Attachments.Add(file);
        }
        return mail;
    }
}

public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var client = new SmtpClient(o.Smtp.Host, o.Smtp.Port)
        {
            EnableSsl = o.Smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = o.Smtp.TimeoutSeconds * 1000,
        };
        if (o.Smtp.UserName is not null) client.Credentials = new NetworkCredential(o.Smtp.UserName, o.Smtp.Password);
        using var mail = MailMessageFactory.Create(message, o);
        await client.SendMailAsync(mail, ct);
    }
}

/// <summary>The embedded default: every message as an .eml file in the data folder, readable by administrators.</summary>
public sealed class PickupFolderMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        var folder = Path.GetFullPath(o.PickupFolder ?? throw new InvalidOperationException("Mail:PickupFolder is not set."));
        Directory.CreateDirectory(folder);
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = folder,
        };
        using var mail = MailMessageFactory.Create(message, o);
        await client.SendMailAsync(mail, ct);
    }
}
