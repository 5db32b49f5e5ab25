using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nettverk.Api.Common;

/// <summary>Markdown that users wrote (mandates, goals, item descriptions) as HTML that is safe to show: raw HTML is
/// escaped, links keep only http, https and mailto, and headings start below the section they are shown in.</summary>
public static class SafeMarkdown
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UseSoftlineBreakAsHardlineBreak().Build();

    public static string? ToHtml(string? markdown, int topHeadingLevel = 3)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Min(6, Math.Max(topHeadingLevel, heading.Level + topHeadingLevel - 2));
        foreach (var link in document.Descendants<LinkInline>())
            if (!IsSafe(link.Url)) link.Url = "";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!IsSafe(link.Url)) link.Url = "";
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>The words without the marks, one line per paragraph or list item; for search snippets.</summary>
    public static string? ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var text = Markdown.ToPlainText(markdown, Pipeline).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Relative links, and absolute ones with an allowed scheme. A ':' before any '/', '?' or '#' starts a scheme.</summary>
    static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        var delimiter = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (delimiter >= 0 && delimiter < colon)) return true;
        return trimmed[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }
}
