using System.Text;
using System.Text.RegularExpressions;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>Just enough MIME reading for the tests: the headers and decoded bodies of a message's leaf parts, in order.</summary>
public static class Mime
{
    public sealed record Part(string ContentType, string? Disposition, string Body);

    public static List<Part> Parts(string source)
    {
        var parts = new List<Part>();
        Walk(source.Replace("\r\n", "\n"), parts);
        return parts;
    }

    static void Walk(string entity, List<Part> parts)
    {
        var split = entity.IndexOf("\n\n", StringComparison.Ordinal);
        var headerText = split < 0 ? entity : entity[..split];
        var body = split < 0 ? "" : entity[(split + 2)..];
        var headers = Headers(headerText);
        var contentType = headers.GetValueOrDefault("content-type", "text/plain");
        var boundary = Regex.Match(contentType, "boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase);
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && boundary.Success)
        {
            var marker = "--" + boundary.Groups[1].Value;
            foreach (var chunk in body.Split(marker).Skip(1))
            {
                if (chunk.StartsWith("--", StringComparison.Ordinal)) break;
                Walk(chunk.TrimStart('\n'), parts);
            }
            return;
        }
        var encoding = headers.GetValueOrDefault("content-transfer-encoding", "7bit").ToLowerInvariant();
        var decoded = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, "\\s", ""))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        parts.Add(new Part(contentType, headers.GetValueOrDefault("content-disposition"), decoded));
    }

    static Dictionary<string, string> Headers(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && last is not null) { result[last] += " " + line.Trim(); continue; }
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            last = line[..colon].Trim();
            result[last] = line[(colon + 1)..].Trim();
        }
        return result;
    }

    static string QuotedPrintable(string body)
    {
        var joined = Regex.Replace(body, "=\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
