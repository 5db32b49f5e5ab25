using System.Text;

namespace Nettverk.Api.Calendar;

/// <summary>RFC 5545 §3.1 and §3.3.11: content lines folded at 75 octets without splitting a UTF-8 character, TEXT
/// values escaped so that a comma, semicolon, backslash or line break in user input can never start a new property,
/// and parameter values quoted (they cannot hold a double quote or a control character at all).</summary>
public static class ContentLines
{
    const int MaxOctets = 75;

    public static string EscapeText(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case ';': sb.Append(@"\;"); break;
                case ',': sb.Append(@"\,"); break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    sb.Append(@"\n");
                    break;
                case '\n': sb.Append(@"\n"); break;
                default:
                    if (!char.IsControl(c) || c == '\t') sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    public static string UnescapeText(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < value.Length)
            {
                var next = value[++i];
                sb.Append(next is 'n' or 'N' ? '\n' : next);
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A parameter value, quoted when it holds ':', ';' or ','; characters it may not hold are dropped.</summary>
    public static string ParamValue(string value)
    {
        var clean = new string(value.Where(c => c != '"' && (!char.IsControl(c) || c == '\t')).ToArray());
        return clean.IndexOfAny([':', ';', ',']) >= 0 ? $"\"{clean}\"" : clean;
    }

    /// <summary>Appends one content line, folded, ending in CRLF.</summary>
    public static void AppendFolded(StringBuilder output, string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var start = 0;
        var limit = MaxOctets;
        while (bytes.Length - start > limit)
        {
            var end = start + limit;
            // Step back over continuation bytes (10xxxxxx) so a character is never cut in two.
            while (end > start && (bytes[end] & 0xC0) == 0x80) end--;
            output.Append(Encoding.UTF8.GetString(bytes, start, end - start)).Append("\r\n ");
            start = end;
            limit = MaxOctets - 1; // the leading space counts
        }
        output.Append(Encoding.UTF8.GetString(bytes, start, bytes.Length - start)).Append("\r\n");
    }
}
