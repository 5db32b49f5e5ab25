using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nettverk.Api.Documents;

/// <summary>A piece of text with one style. <see cref="Break"/> is a hard line break; a run with a Link is a URL that
/// the renderers may make clickable (only http, https and mailto get one).</summary>
internal sealed record TextRun(string Text, bool Bold = false, bool Italic = false, string? Link = null)
{
    public static readonly TextRun Break = new("\n");
    public bool IsBreak => ReferenceEquals(this, Break);
}

/// <summary>A list marker on the first paragraph of a list item. ListId is unique per list within one markdown text
/// (Word needs a numbering instance per ordered list so each one restarts at its own start).</summary>
internal sealed record ListMarker(bool Ordered, int Number, int ListId);

/// <summary>One paragraph, flattened out of the markdown tree: Level is its list depth (0 = body text), and a
/// paragraph that continues a list item has the item's level but no marker.</summary>
internal sealed record TextBlock(IReadOnlyList<TextRun> Runs, int Level = 0, ListMarker? Marker = null);

/// <summary>Turns user markdown into <see cref="TextBlock"/>s that both the PDF and the Word renderer draw, through
/// Markdig's syntax tree. Raw HTML is parsed as literal text (DisableHtml), so it is shown, never interpreted; headings
/// become bold paragraphs (a document's own headings are the items'); every line break is kept, as on the web pages
/// (SafeMarkdown), because secretariats type minutes in a text box and mean their new lines.</summary>
internal static class DocumentMarkdown
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    public static IReadOnlyList<TextBlock> Parse(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return [];
        var blocks = new List<TextBlock>();
        var lists = 0;
        AddBlocks(Markdown.Parse(markdown, Pipeline), 0, blocks, ref lists);
        return blocks;
    }

    static void AddBlocks(ContainerBlock container, int level, List<TextBlock> output, ref int lists)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ListBlock list:
                    var id = ++lists;
                    var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var marker = new ListMarker(list.IsOrdered, number++, id);
                        var first = output.Count;
                        AddBlocks(item, level + 1, output, ref lists);
                        if (first == output.Count) output.Add(new TextBlock([], level + 1, marker)); // an empty item
                        else if (output[first] is { Marker: null, Level: var l } paragraph && l == level + 1)
                            output[first] = paragraph with { Marker = marker };
                        else output[first] = Fold(output[first], marker, level + 1);
                    }
                    break;
                case HeadingBlock heading:
                    output.Add(new TextBlock(Runs(heading.Inline, bold: true), level));
                    break;
                case CodeBlock code: // fenced or indented: the lines as they are
                    output.Add(new TextBlock(LinesAsRuns(code), level));
                    break;
                case LeafBlock { Inline: not null } leaf:
                    output.Add(new TextBlock(Runs(leaf.Inline, bold: false), level));
                    break;
                case LeafBlock leaf when leaf.Lines.Count > 0 && block is not LinkReferenceDefinition:
                    output.Add(new TextBlock(LinesAsRuns(leaf), level));
                    break;
                case QuoteBlock quote:
                    AddBlocks(quote, level + 1, output, ref lists);
                    break;
                case ContainerBlock other:
                    AddBlocks(other, level, output, ref lists);
                    break;
            }
        }
    }

    /// <summary>An item that starts with a list: "- 6. mai – digitalt møte" is, in CommonMark, a list starting at 6 inside
    /// a bullet (Norwegian dates do this). Browsers draw both markers on one line; so do we, the inner one as text,
    /// so the date stays on its line in both formats.</summary>
    static TextBlock Fold(TextBlock nested, ListMarker outer, int level)
    {
        var inner = nested.Marker is { Ordered: true } m ? $"{m.Number}. " : DocumentText.Bullet(nested.Level) + " ";
        return new TextBlock([new TextRun(inner), .. nested.Runs], level, outer);
    }

    static List<TextRun> LinesAsRuns(LeafBlock leaf)
    {
        var runs = new List<TextRun>();
        foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
        {
            if (runs.Count > 0) runs.Add(TextRun.Break);
            runs.Add(new TextRun(line.Slice.ToString()));
        }
        return runs;
    }

    static List<TextRun> Runs(ContainerInline? inline, bool bold)
    {
        var runs = new List<TextRun>();
        if (inline is not null) AddInlines(inline, bold, false, runs);
        return runs;
    }

    static void AddInlines(ContainerInline container, bool bold, bool italic, List<TextRun> runs)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new TextRun(literal.Content.ToString(), bold, italic));
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    AddInlines(emphasis, bold || strong, italic || !strong, runs);
                    break;
                case CodeInline code:
                    runs.Add(new TextRun(code.Content, bold, italic));
                    break;
                case LineBreakInline:
                    runs.Add(TextRun.Break);
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new TextRun(entity.Transcoded.ToString(), bold, italic));
                    break;
                case AutolinkInline autolink:
                    runs.Add(new TextRun(autolink.Url, bold, italic, Linkable(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url)));
                    break;
                case LinkInline link:
                    AddLink(link, bold, italic, runs);
                    break;
                case ContainerInline other:
                    AddInlines(other, bold, italic, runs);
                    break;
                default: // raw HTML cannot occur (DisableHtml); anything else new shows as its source text
                    runs.Add(new TextRun(inline.ToString() ?? "", bold, italic));
                    break;
            }
        }
    }

    /// <summary>Paper has no hover: a link shows its text and then its address, unless the text is the address.</summary>
    static void AddLink(LinkInline link, bool bold, bool italic, List<TextRun> runs)
    {
        var url = link.Url?.Trim() ?? "";
        var text = new List<TextRun>();
        AddInlines(link, bold, italic, text);
        var shown = string.Concat(text.Select(r => r.Text));
        if (link.IsImage) runs.Add(new TextRun(shown.Length > 0 ? $"[Bilde: {shown}]" : "[Bilde]", bold, italic));
        else if (shown == url || "mailto:" + shown == url || url.Length == 0)
        {
            runs.Add(new TextRun(shown, bold, italic, Linkable(url)));
            return;
        }
        else runs.AddRange(text);
        if (url.Length == 0) return;
        runs.Add(new TextRun(" (", bold, italic));
        runs.Add(new TextRun(url, bold, italic, Linkable(url)));
        runs.Add(new TextRun(")", bold, italic));
    }

    /// <summary>The same allow-list as the web pages: only these schemes become clickable links.</summary>
    static string? Linkable(string url) =>
        DocumentText.WebLink(url) ?? (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url : null);
}
