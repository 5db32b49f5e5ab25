using System.Text;
using System.Text.RegularExpressions;

namespace Nettverk.Api.Features.Minutes;

/// <summary>Paragraphs of the minutes that are not public are fenced in the markdown:
/// <code>
/// ::: ikke-offentlig
/// Text only members may read.
/// :::
/// </code>
/// (also "ikkje-offentleg" and "not-public", as the nynorsk and English editors write it). The public version leaves
/// such blocks out; members see them marked. A fence that is never closed runs to the end of the text, so a slip hides
/// too much rather than publishing too much.</summary>
public static partial class NonPublicText
{
    [GeneratedRegex(@"^\s*:::\s*(ikke-offentlig|ikkje-offentleg|not-public)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^\s*:::\s*$")]
    private static partial Regex Closing();

    /// <summary>The text without its non-public blocks; null when nothing is left.</summary>
    public static string? Strip(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var result = new StringBuilder();
        var hidden = false;
        foreach (var line in Lines(markdown))
        {
            if (!hidden && Opening().IsMatch(line)) { hidden = true; continue; }
            if (hidden && Closing().IsMatch(line)) { hidden = false; continue; }
            if (!hidden) result.Append(line).Append('\n');
        }
        var text = result.ToString().Trim('\n');
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>The text with each non-public block turned into a quoted block that says so, for members' eyes.</summary>
    public static string? Marked(string? markdown, string label = "Ikke offentlig")
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var result = new StringBuilder();
        var hidden = false;
        foreach (var line in Lines(markdown))
        {
            if (!hidden && Opening().IsMatch(line))
            {
                hidden = true;
                result.Append('\n').Append("> **").Append(label).Append(":**\n>\n");
                continue;
            }
            if (hidden && Closing().IsMatch(line))
            {
                hidden = false;
                result.Append('\n');
                continue;
            }
            result.Append(hidden ? "> " : "").Append(line).Append('\n');
        }
        return result.ToString().Trim('\n');
    }

    static IEnumerable<string> Lines(string markdown) => markdown.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
}
