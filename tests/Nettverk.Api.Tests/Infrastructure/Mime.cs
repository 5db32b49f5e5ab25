using System.Text;
using MimeKit;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>Mail as MimeKit reads it: the whole message, or its leaf parts in order with their decoded bodies.</summary>
public static class Mime
{
    /// <param name="ContentType">The media type and its parameters, e.g. <c>text/calendar; charset=utf-8; method=REQUEST</c>.</param>
    /// <param name="Disposition">E.g. <c>attachment; filename=invite.ics</c>, or null.</param>
    public sealed record Part(string ContentType, string? Disposition, string Body);

    public static MimeMessage Message(string source) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(source)));

    public static MimeMessage MessageFromFile(string path) => MimeMessage.Load(path);

    public static List<Part> Parts(string source) => Parts(Message(source));

    public static List<Part> Parts(MimeMessage message) =>
        message.BodyParts.OfType<MimePart>().Select(p => new Part(Describe(p.ContentType), Describe(p.ContentDisposition), Text(p))).ToList();

    static string Describe(ContentType type) =>
        type.MimeType + string.Concat(type.Parameters.Select(p => $"; {p.Name}={p.Value}"));

    static string? Describe(ContentDisposition? disposition) => disposition is null ? null :
        disposition.Disposition + string.Concat(disposition.Parameters.Select(p => $"; {p.Name}={p.Value}"));

    // The bytes as sent, line endings included (TextPart.Text would turn CRLF into the platform's newline).
    static string Text(MimePart part)
    {
        using var decoded = new MemoryStream();
        part.Content.DecodeTo(decoded);
        var charset = (part as TextPart)?.ContentType.CharsetEncoding ?? Encoding.UTF8;
        return charset.GetString(decoded.ToArray());
    }
}
