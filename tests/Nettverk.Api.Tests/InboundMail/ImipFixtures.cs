using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.Encodings;
using MimeKit.Utils;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests.InboundMail;

public enum CalendarClient { Outlook, Google, Apple }

/// <summary>The meeting a reply answers, as read from its calendar (never a hard-coded UID format).</summary>
public sealed record RepliedEvent(string Uid, int Sequence, string Summary, DateTime StartLocal, DateTime EndLocal)
{
    /// <summary>Reads UID, SEQUENCE, SUMMARY and the Europe/Oslo start and end from an iCalendar text.</summary>
    public static RepliedEvent From(string ics)
    {
        var text = ics.Replace("\r\n ", "").Replace("\r\n\t", "").Replace("\n ", "");
        string Line(string name) => Regex.Match(text, $@"^{name}(;[^:\r\n]*)?:(.*?)\r?$", RegexOptions.Multiline).Groups[2].Value;
        DateTime Local(string name) => DateTime.ParseExact(Line(name)[..15], "yyyyMMdd'T'HHmmss", null);
        var summary = Line("SUMMARY").Replace("\\,", ",").Replace("\\;", ";").Replace("\\n", "\n").Replace("\\\\", "\\");
        return new RepliedEvent(Line("UID"), int.Parse(Line("SEQUENCE")), summary, Local("DTSTART"), Local("DTEND"));
    }
}

/// <summary>Fills the iMIP templates in Fixtures/imip (see its README) into messages as those clients send them.</summary>
public static class ImipFixtures
{
    static readonly string Folder = Path.Combine(RepoRoot.Path, "tests", "Nettverk.Api.Tests", "Fixtures", "imip");
    static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <param name="from">The sender when not the attendee (a forged or forwarded answer).</param>
    public static MimeMessage Reply(CalendarClient client, RepliedEvent meeting, string attendee, string attendeeName, string partStat,
        string organizer, string? comment = null, string? from = null, string? messageId = null)
    {
        var name = client.ToString().ToLowerInvariant();
        var stamp = DateTime.UtcNow;
        var ics = Fill(File.ReadAllText(Path.Combine(Folder, name + ".ics")), new Dictionary<string, string?>
        {
            ["UID"] = meeting.Uid, ["SEQUENCE"] = meeting.Sequence.ToString(), ["SUMMARY"] = Escape(meeting.Summary),
            ["ATTENDEE"] = client == CalendarClient.Google ? attendee : attendee.ToLowerInvariant(), ["ATTENDEE_NAME"] = attendeeName,
            ["PARTSTAT"] = partStat, ["ORGANIZER"] = organizer,
            ["COMMENT"] = comment is null ? null : Escape(comment), ["COMMENT_PARAM"] = comment?.Replace("\"", "'"),
            ["DTSTART_LOCAL"] = meeting.StartLocal.ToString("yyyyMMdd'T'HHmmss"), ["DTEND_LOCAL"] = meeting.EndLocal.ToString("yyyyMMdd'T'HHmmss"),
            ["DTSTART_UTC"] = Utc(meeting.StartLocal), ["DTEND_UTC"] = Utc(meeting.EndLocal), ["DTSTAMP"] = stamp.ToString("yyyyMMdd'T'HHmmss'Z'"),
        });
        ics = Fold(ics);
        var verb = partStat switch
        {
            "ACCEPTED" => client == CalendarClient.Outlook ? "Godtatt" : "Accepted",
            "DECLINED" => client == CalendarClient.Outlook ? "Avslått" : "Declined",
            _ => client == CalendarClient.Outlook ? "Foreløpig" : "Tentatively Accepted",
        };
        return Message(name, new Dictionary<string, string?>
        {
            ["FROM"] = from ?? attendee, ["FROM_NAME"] = attendeeName, ["TO"] = organizer,
            ["SUBJECT"] = Header($"{verb}: {meeting.Summary}"),
            ["MESSAGE_ID"] = messageId ?? NewMessageId(client), ["DATE"] = DateUtils.FormatDate(DateTimeOffset.UtcNow),
            ["CALENDAR"] = ics, ["CALENDAR_BASE64"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(ics), Base64FormattingOptions.InsertLineBreaks),
            ["CALENDAR_QP"] = QuotedPrintable(ics),
        });
    }

    /// <summary>An ordinary e-mail to the organiser's address.</summary>
    public static MimeMessage Plain(string from, string fromName, string to, string subject) => Message("plain", new Dictionary<string, string?>
    {
        ["FROM"] = from, ["FROM_NAME"] = fromName, ["TO"] = to, ["SUBJECT"] = Header(subject),
        ["MESSAGE_ID"] = $"<{Guid.NewGuid():N}@mail.example.org>", ["DATE"] = DateUtils.FormatDate(DateTimeOffset.UtcNow),
    });

    public static string NewMessageId(CalendarClient client) => client switch
    {
        CalendarClient.Outlook => $"<AM0PR07MB6114{Guid.NewGuid().ToString("N").ToUpperInvariant()}@AM0PR07MB6114.eurprd07.prod.outlook.com>",
        CalendarClient.Google => $"<{Guid.NewGuid():N}@google.com>",
        _ => $"<{Guid.NewGuid().ToString().ToUpperInvariant()}@example.org>",
    };

    static MimeMessage Message(string name, Dictionary<string, string?> values)
    {
        var template = File.ReadAllText(Path.Combine(Folder, name + ".eml.tmpl")).Replace("\r\n", "\n");
        var text = Fill(template, values).Replace("\r\n", "\n").Replace("\n", "\r\n");
        return MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Replaces each {{NAME}}; a line whose value is null is left out (Outlook writes no COMMENT without a
    /// note), and so is a parameter holding it (Google's X-RESPONSE-COMMENT).</summary>
    static string Fill(string template, Dictionary<string, string?> values)
    {
        var lines = new List<string>();
        foreach (var raw in template.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw;
            foreach (var (key, value) in values.Where(v => v.Value is null))
                line = Regex.Replace(line, $@";[A-Z-]+=""\{{\{{{key}\}}\}}""", "");
            if (values.Any(v => v.Value is null && line.Contains($"{{{{{v.Key}}}}}"))) continue;
            foreach (var (key, value) in values) line = line.Replace($"{{{{{key}}}}}", value);
            lines.Add(line);
        }
        return string.Join("\r\n", lines);
    }

    /// <summary>RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space), as every client does.</summary>
    static string Fold(string ics)
    {
        var output = new StringBuilder();
        foreach (var line in ics.Split("\r\n"))
        {
            var octets = 0;
            foreach (var c in line)
            {
                var size = Encoding.UTF8.GetByteCount(c.ToString());
                if (octets + size > 75) { output.Append("\r\n "); octets = 1; }
                output.Append(c);
                octets += size;
            }
            output.Append("\r\n");
        }
        return output.ToString().TrimEnd('\r', '\n') + "\r\n";
    }

    static string QuotedPrintable(string text)
    {
        var input = Encoding.UTF8.GetBytes(text);
        var encoder = new QuotedPrintableEncoder();
        var output = new byte[encoder.EstimateOutputLength(input.Length)];
        var length = encoder.Flush(input, 0, input.Length, output);
        return Encoding.ASCII.GetString(output, 0, length);
    }

    /// <summary>RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newline escaped, as every client writes them.</summary>
    static string Escape(string text) => text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\n", "\\n");

    /// <summary>Headers are ASCII on the wire: non-ASCII text as RFC 2047 encoded words, as the clients write it.</summary>
    static string Header(string text) => text.All(char.IsAscii) ? text : Encoding.ASCII.GetString(Rfc2047.EncodeText(Encoding.UTF8, text));

    static string Utc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(local, Oslo).ToString("yyyyMMdd'T'HHmmss'Z'");
}
