using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Nettverk.Api.Mail.Inbound;

/// <summary>Reads the iTIP REPLY out of an iMIP message (RFC 6047). Clients shape it differently: Outlook sends a
/// <c>text/calendar; method=REPLY</c> part inside multipart/alternative (base64), Google that part plus the same calendar
/// as an <c>invite.ics</c> attachment (<c>application/ics</c>), Apple Calendar a <c>text/calendar</c> attachment.</summary>
public static class ImipMessage
{
    /// <summary>The calendar text of the message's REPLY part; any other calendar part when none is a REPLY (so the
    /// caller can say why it is refused); null when the message carries no calendar at all.</summary>
    public static string? CalendarText(MimeMessage message)
    {
        // BodyParts walks nested multiparts and attachments, but not into a forwarded message/rfc822.
        var parts = message.BodyParts.OfType<MimePart>().Where(IsCalendar)
            .OrderBy(p => string.Equals(p.ContentType.Parameters["method"], "REPLY", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Select(Decode).ToList();
        return parts.FirstOrDefault(IsReply) ?? parts.FirstOrDefault();
    }

    /// <summary>An answer must come from the person it answers for: the attendee is one of the From addresses or the
    /// Sender. (Google sends From the attendee; a shared-mailbox delegate shows in Sender.)</summary>
    public static bool IsFrom(MimeMessage message, string attendeeEmail)
    {
        var attendee = attendeeEmail.Trim();
        return message.From.Mailboxes.Append(message.Sender).OfType<MailboxAddress>()
            .Any(m => string.Equals(m.Address?.Trim(), attendee, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The key that recognises the message when seen again: its Message-ID, or a hash of the raw bytes when it
    /// has none (or one too long to store).</summary>
    public static string Key(MimeMessage? message, byte[] raw)
    {
        var id = message?.MessageId?.Trim();
        if (!string.IsNullOrEmpty(id) && id.Length + 4 <= InboundMessage.KeyLength) return "mid:" + id;
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(raw));
    }

    static bool IsCalendar(MimePart part) =>
        part.ContentType.IsMimeType("text", "calendar") || part.ContentType.IsMimeType("application", "ics")
        || (part.FileName?.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) ?? false);

    static string Decode(MimePart part)
    {
        if (part is TextPart text) return text.Text;
        using var buffer = new MemoryStream();
        part.Content?.DecodeTo(buffer);
        var charset = part.ContentType.Charset;
        Encoding encoding;
        try { encoding = charset is null ? Encoding.UTF8 : Encoding.GetEncoding(charset); }
        catch (ArgumentException) { encoding = Encoding.UTF8; }
        return encoding.GetString(buffer.ToArray());
    }

    static bool IsReply(string calendar) =>
        calendar.Split('\n').Any(line => line.TrimEnd('\r').Trim().Equals("METHOD:REPLY", StringComparison.OrdinalIgnoreCase));
}
