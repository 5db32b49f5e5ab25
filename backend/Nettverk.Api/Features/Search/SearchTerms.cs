using System.Globalization;
using System.Text;
using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Search;

/// <summary>What the user typed, as words. Only letters and digits survive, so nothing a user types is read as query
/// syntax by FTS5 or CONTAINS (quotes, *, -, :, parentheses, NEAR/AND/OR are separators or plain words); every word is
/// then quoted and searched as a prefix, so "møte" finds "møteplan" while the user is still typing.</summary>
public sealed class SearchTerms
{
    public const int MaxLength = 200, MaxWords = 12;

    public IReadOnlyList<string> Words { get; }

    SearchTerms(IReadOnlyList<string> words) => Words = words;

    /// <summary>The words of <paramref name="q"/>, or a 400 naming the field <c>q</c>.</summary>
    public static SearchTerms Parse(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
            throw new FieldValidationException("q", ErrorCodes.Required, "Type what to search for.");
        if (q.Length > MaxLength)
            throw new FieldValidationException("q", ErrorCodes.TooLong, $"At most {MaxLength} characters.", new() { ["max"] = MaxLength });
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in q.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else Flush();
        }
        Flush();
        if (words.Count == 0)
            throw new FieldValidationException("q", ErrorCodes.Required, "Search with at least one word or number.");
        if (words.Count > MaxWords)
            throw new FieldValidationException("q", ErrorCodes.TooMany, $"At most {MaxWords} words.", new() { ["max"] = MaxWords });
        return new SearchTerms(words.Distinct().ToList());

        void Flush()
        {
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
    }

    /// <summary>FTS5: every word a quoted prefix, all required (implicit AND).</summary>
    public string Fts5Match() => string.Join(' ', Words.Select(w => $"\"{w}\"*"));

    /// <summary>SQL Server CONTAINS: the same as prefix terms joined by AND.</summary>
    public string ContainsCondition() => string.Join(" AND ", Words.Select(w => $"\"{w}*\""));

    /// <summary>The places in <paramref name="text"/> where a word starts with one of the terms (as the index matched).</summary>
    public IReadOnlyList<TextRange> Matches(string text)
    {
        var ranges = new List<TextRange>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) continue;
            var best = Words.Where(w => string.Compare(text, i, w, 0, w.Length, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase) == 0
                    && i + w.Length <= text.Length)
                .Select(w => w.Length).DefaultIfEmpty(0).Max();
            if (best > 0) ranges.Add(new TextRange(i, best));
        }
        return ranges;
    }

    /// <summary>A stretch of plain text around the first match, with the matches in it; null when the text has none.</summary>
    public (string Text, IReadOnlyList<TextRange> Matches)? Snippet(string text, int width = 160)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var all = Matches(flat);
        if (all.Count == 0) return null;
        var start = Math.Max(0, all[0].Start - width / 3);
        // Begin at a word, not in the middle of one.
        while (start > 0 && start < all[0].Start && flat[start - 1] != ' ') start++;
        var end = Math.Min(flat.Length, start + width);
        while (end < flat.Length && end > all[0].Start + all[0].Length && flat[end - 1] != ' ') end--;
        var prefix = start > 0 ? "… " : "";
        var suffix = end < flat.Length ? " …" : "";
        var snippet = prefix + flat[start..end].Trim() + suffix;
        var offset = prefix.Length - start;
        var trimmedLead = flat[start..end].Length - flat[start..end].TrimStart().Length;
        var inside = all.Where(r => r.Start >= start + trimmedLead && r.Start + r.Length <= end)
            .Select(r => new TextRange(r.Start + offset - trimmedLead, r.Length)).ToList();
        return (snippet, inside);
    }
}

/// <summary>A match in a text: from <see cref="Start"/> (UTF-16 code units, as JavaScript counts), <see cref="Length"/> long.</summary>
public sealed record TextRange(int Start, int Length);
