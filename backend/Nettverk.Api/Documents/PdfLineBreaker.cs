using PdfSharp.Drawing;

namespace Nettverk.Api.Documents;

/// <summary>A stretch of a line in one font, drawn with one DrawString at X (relative to the line's start).</summary>
internal sealed record LinePiece(string Text, XFont Font, double X, double Width, string? Link);

internal sealed record LayoutLine(IReadOnlyList<LinePiece> Pieces);

/// <summary>Greedy word wrap of mixed-style runs to a width. A word may change style inside ("**fet**tekst" stays one
/// word); spaces are where lines break; a word wider than the whole line is cut between characters so nothing crosses
/// the margin. Widths come from the caller's measure (XGraphics.MeasureString), so layout and drawing agree.</summary>
internal sealed class PdfLineBreaker(double width, Func<string, XFont, double> measure)
{
    readonly List<LayoutLine> lines = [];
    List<LinePiece> line = [];
    double x;
    (XFont Font, double Width)? pendingSpace;

    public static IReadOnlyList<LayoutLine> Wrap(
        IReadOnlyList<TextRun> runs, double width, Func<TextRun, XFont> fontOf, Func<string, XFont, double> measure)
    {
        var breaker = new PdfLineBreaker(width, measure);
        var word = new List<(string Text, XFont Font, string? Link)>();
        foreach (var run in runs)
        {
            if (run.IsBreak)
            {
                breaker.Place(word);
                breaker.EndLine();
                continue;
            }
            var font = fontOf(run);
            var start = 0;
            for (var i = 0; i <= run.Text.Length; i++)
            {
                var atSpace = i < run.Text.Length && IsBreakingSpace(run.Text[i]);
                if (!atSpace && i < run.Text.Length) continue;
                if (i > start) word.Add((run.Text[start..i], font, run.Link));
                if (atSpace)
                {
                    breaker.Place(word);
                    breaker.Space(font);
                }
                start = i + 1;
            }
        }
        breaker.Place(word);
        if (breaker.line.Count > 0 || breaker.lines.Count == 0) breaker.EndLine();
        return breaker.lines;
    }

    // No-break spaces ("kl. 12.00", "17. mars") hold their words together, as in Word.
    static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007');

    void Space(XFont font)
    {
        // Spaces at the start of a line and runs of spaces collapse, as in HTML and Word.
        if (line.Count > 0 && pendingSpace is null) pendingSpace = (font, measure(" ", font));
    }

    void Place(List<(string Text, XFont Font, string? Link)> word)
    {
        if (word.Count == 0) return;
        var wordWidth = word.Sum(s => measure(s.Text, s.Font));
        var spaceWidth = pendingSpace?.Width ?? 0;
        if (line.Count > 0 && x + spaceWidth + wordWidth > width) EndLine();
        if (pendingSpace is { } space && line.Count > 0) Append(" ", space.Font, space.Width, null);
        pendingSpace = null;
        foreach (var (text, font, link) in word)
        {
            var rest = text;
            while (rest.Length > 0)
            {
                var restWidth = measure(rest, font);
                if (x + restWidth <= width || (x == 0 && rest.Length == 1))
                {
                    Append(rest, font, restWidth, link);
                    break;
                }
                // Only a word longer than a whole line gets here (or its tail after a cut): cut it where it fits.
                var cut = LongestPrefixThatFits(rest, font, width - x);
                if (cut == 0)
                {
                    EndLine();
                    continue;
                }
                Append(rest[..cut], font, measure(rest[..cut], font), link);
                EndLine();
                rest = rest[cut..];
            }
        }
        word.Clear();
    }

    int LongestPrefixThatFits(string text, XFont font, double available)
    {
        int low = 0, high = text.Length; // binary search: measure is the slow part
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (measure(text[..mid], font) <= available) low = mid;
            else high = mid - 1;
        }
        if (low > 0 && char.IsHighSurrogate(text[low - 1])) low--; // never split a surrogate pair
        return low == 0 && x == 0 ? Math.Min(text.Length, char.IsHighSurrogate(text[0]) ? 2 : 1) : low;
    }

    void Append(string text, XFont font, double textWidth, string? link)
    {
        if (line.Count > 0 && line[^1] is var last && last.Font == font && last.Link == link)
            line[^1] = last with { Text = last.Text + text, Width = last.Width + textWidth };
        else line.Add(new LinePiece(text, font, x, textWidth, link));
        x += textWidth;
    }

    void EndLine()
    {
        lines.Add(new LayoutLine(line));
        line = [];
        x = 0;
        pendingSpace = null;
    }
}
