using System.Runtime.Serialization;
using System.Text;
using Ical.Net.Serialization;

namespace Nettverk.Api.Calendar;

/// <summary>The text side of Ical.Net: what goes in (user text made safe for it) and what comes out (its serialisation
/// with the corrections calendar clients need). Every correction says why; the tests hold each one in place.</summary>
public static class IcsText
{
    const int MaxOctets = 75;

    public static string Serialize(Ical.Net.Calendar calendar)
    {
        var text = new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net wrote no calendar.");
        return Refold(text);
    }

    /// <summary>Reads iCalendar text with Ical.Net; null and the reason when it is not one calendar.</summary>
    public static Ical.Net.Calendar? Load(string text, out string? error)
    {
        try
        {
            // Ical.Net throws InvalidOperationException for two calendars, SerializationException for broken structure,
            // and returns null for text without any component.
            var calendar = Ical.Net.Calendar.Load(text);
            error = calendar is null ? "Not iCalendar text." : null;
            return calendar;
        }
        catch (Exception e) when (e is SerializationException or InvalidOperationException or FormatException or ArgumentException)
        {
            error = e is InvalidOperationException ? "More than one calendar." : e.Message;
            return null;
        }
    }

    /// <summary>A TEXT value. Ical.Net escapes backslash, ';', ',' and line breaks itself; other control characters, which
    /// RFC 5545 §3.3.11 does not allow in TEXT and which it passes through, are dropped here.</summary>
    public static string Text(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r')
            {
                if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                sb.Append('\n');
            }
            else if (c is '\n' or '\t' || !char.IsControl(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A parameter value (CN). Ical.Net strips '"' and quotes a value holding ';', ':' or ',', but lets CR and LF
    /// through: a name with a line break would end the line and start a property of the writer's choosing. Control
    /// characters become a space here. ';' becomes ',' too: it is legal inside quotes, but node-ical (and so, likely,
    /// other simple parsers) cuts a quoted parameter value at it.</summary>
    public static string Param(string value)
    {
        var clean = new string(value.Where(c => c != '"').Select(c => char.IsControl(c) ? ' ' : c == ';' ? ',' : c).ToArray());
        return string.Join(' ', clean.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A mailto: URI for an address; nothing that could end the value or the line passes.</summary>
    public static Uri Mailto(string email) =>
        new("mailto:" + new string(email.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)
            && c is not ('"' or ';' or ',' or ':' or '<' or '>')).ToArray()));

    public static string? Address(Uri? mailto)
    {
        var value = mailto?.OriginalString;
        return value is not null && value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? value[7..] : null;
    }

    /// <summary>Correction: Ical.Net 5.2.4 folds at 75 octets counting each UTF-16 unit on its own, so a fold can fall
    /// between the two halves of a surrogate pair (an emoji) and the text no longer encodes as UTF-8 (clients show �).
    /// Unfold its lines and fold them again at 75 octets on whole characters, CRLF and a space as RFC 5545 §3.1 says.</summary>
    static string Refold(string text)
    {
        var lines = new List<StringBuilder>();
        foreach (var raw in text.Split("\r\n"))
        {
            if (raw.Length > 0 && raw[0] == ' ' && lines.Count > 0) lines[^1].Append(raw, 1, raw.Length - 1);
            else if (raw.Length > 0) lines.Add(new StringBuilder(raw));
        }
        var output = new StringBuilder(text.Length + 64);
        foreach (var line in lines) AppendFolded(output, line.ToString());
        return output.ToString();
    }

    static void AppendFolded(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space counts
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}
