using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Nettverk.Api.Features.Site;

namespace Nettverk.Api.Features.PublicPages;

/// <summary>The frame of a server-rendered public page: semantic HTML with no script, the SPA's built stylesheet (so it
/// looks like the app) and a little page CSS inline, a skip link, landmarks, one h1, a language switch in the header and
/// the site's footer. Everything user-written goes through <see cref="Encode"/>; markdown comes already made safe by
/// SafeMarkdown.</summary>
public sealed class PublicHtml
{
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    readonly StringBuilder html = new();
    public PublicTexts T { get; }

    public PublicHtml(PublicTexts texts) => T = texts;

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public PublicHtml Raw(string text) { html.Append(text); return this; }
    public PublicHtml Text(string? text) { html.Append(Encode(text)); return this; }
    /// <summary>An element with encoded text: <c>Element("p", "…")</c>; <paramref name="attributes"/> is trusted markup.</summary>
    public PublicHtml Element(string tag, string? text, string attributes = "") =>
        Raw($"<{tag}{(attributes.Length > 0 ? " " + attributes : "")}>").Text(text).Raw($"</{tag}>");
    public PublicHtml Link(string href, string text, string attributes = "") =>
        Raw($"<a class=\"ds-link\" href=\"{Encode(href)}\"{(attributes.Length > 0 ? " " + attributes : "")}>").Text(text).Raw("</a>");

    /// <summary>Opens the page: head, header with the language links, and main.</summary>
    public void Begin(string title, string path, PublicAssets assets, string? description = null, string? feedUrl = null, string? feedTitle = null)
    {
        Raw($"<!doctype html><html lang=\"{T.Language}\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text($"{title} – {T["publicBody.siteName"]}").Raw("</title>");
        if (description is not null) Raw("<meta name=\"description\" content=\"").Text(Truncate(description, 300)).Raw("\">");
        Raw($"<link rel=\"canonical\" href=\"{Encode(path)}\">");
        foreach (var language in PublicTexts.Languages)
            Raw($"<link rel=\"alternate\" hreflang=\"{language}\" href=\"{Encode(path)}?lang={language}\">");
        if (feedUrl is not null) Raw($"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{Encode(feedUrl)}\" title=\"{Encode(feedTitle)}\">");
        Raw("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
        foreach (var font in new[] { assets.FontPreload, assets.BoldFontPreload }.OfType<string>())
            Raw($"<link rel=\"preload\" as=\"font\" type=\"font/woff2\" crossorigin href=\"{Encode(font)}\">");
        if (assets.Stylesheet is { } css) Raw($"<link rel=\"stylesheet\" href=\"{Encode(css)}\">");
        Raw("<style>").Raw(PageCss).Raw("</style></head><body>");
        Raw("<a class=\"pp-skip\" href=\"#main\">").Text(T["publicBody.skipLink"]).Raw("</a>");
        Raw("<header class=\"pp-header\"><div class=\"pp-bar\"><a class=\"pp-brand\" href=\"/\">").Text(T["publicBody.siteName"]).Raw("</a>");
        Raw("<nav aria-label=\"").Text(T["publicBody.language"]).Raw("\"><ul class=\"pp-languages\">");
        foreach (var (code, name) in new[] { ("nb", "Bokmål"), ("nn", "Nynorsk"), ("en", "English") })
        {
            var current = code == T.Language ? " aria-current=\"true\"" : "";
            Raw($"<li><a class=\"ds-link\" href=\"{Encode(path)}?lang={code}\" lang=\"{code}\" hreflang=\"{code}\"{current}>{name}</a></li>");
        }
        Raw("</ul></nav></div></header><main id=\"main\" tabindex=\"-1\" class=\"pp-main\">");
    }

    public string End(SiteOptions site)
    {
        Raw("</main><footer class=\"pp-footer\"><div class=\"pp-footer-inner\">");
        Element("p", T.Format("site.ownedBy", ("owner", site.Owner)), "class=\"ds-paragraph\" data-size=\"sm\"");
        Raw("<ul class=\"pp-inline\">");
        if (!string.IsNullOrWhiteSpace(site.ContactEmail))
            Raw("<li>").Text(T["site.contact"] + ": ").Link("mailto:" + site.ContactEmail, site.ContactEmail).Raw("</li>");
        if (!string.IsNullOrWhiteSpace(site.ContactPhone))
            Raw("<li>").Text(T["site.phone"] + ": ").Link("tel:" + site.ContactPhone.Replace(" ", ""), site.ContactPhone).Raw("</li>");
        if (!string.IsNullOrWhiteSpace(site.PrivacyUrl)) Raw("<li>").Link(site.PrivacyUrl, T["site.privacy"]).Raw("</li>");
        Raw("<li>").Link("/tilgjengelighet", T["site.accessibilityStatement"]).Raw("</li></ul></div></footer></body></html>");
        return html.ToString();
    }

    static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// <summary>The app's layout (Layout.module.css, global.css) for these pages, in the Designsystemet tokens the linked
    /// stylesheet defines; the fallbacks keep the page readable if that stylesheet is missing.</summary>
    const string PageCss = """
        body{margin:0;overflow-wrap:break-word;font-family:var(--ds-font-family,Inter),system-ui,sans-serif;line-height:1.5;background:var(--ds-color-neutral-background-default,#fff);color:var(--ds-color-neutral-text-default,#292c30)}
        .pp-skip{position:absolute;left:-9999px;top:.5rem;z-index:10;padding:.5rem 1rem;background:var(--ds-color-neutral-background-default,#fff);color:inherit;font-weight:600}
        .pp-skip:focus{left:1rem}
        .pp-header{border-bottom:1px solid var(--ds-color-neutral-border-subtle,#bbbcbd);background:var(--ds-color-neutral-background-tinted,#f3f3f4)}
        .pp-bar,.pp-footer-inner{max-width:80rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1rem}
        .pp-brand{font-size:1.5rem;font-weight:600;color:inherit;text-decoration:none}
        .pp-languages,.pp-inline{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}
        .pp-languages a[aria-current]{font-weight:600;text-decoration:none;color:inherit}
        .pp-main{max-width:72rem;margin:0 auto;padding:1.5rem 1rem 3rem;display:flex;flex-direction:column;gap:1.5rem}
        .pp-main:focus{outline:none}
        .pp-main h1,.pp-main h2,.pp-main h3,.pp-main p{margin:0}
        .pp-main h1{font-size:1.875rem;line-height:1.3}.pp-main h2{font-size:1.3125rem;line-height:1.3;margin-bottom:.5rem}.pp-main h3{font-size:1.125rem}
        .pp-main section{display:flex;flex-direction:column;gap:.5rem}
        .pp-main ul{margin:0;padding-left:1.25rem}
        .pp-list{list-style:none;padding:0!important;display:flex;flex-direction:column;gap:.75rem}
        .pp-list>li{border-left:4px solid var(--ds-color-neutral-border-subtle,#bbbcbd);padding-left:.75rem}
        .pp-list>li.pp-open{border-left-color:var(--ds-color-accent-base-default,#0062ba)}
        .pp-meta{color:var(--ds-color-neutral-text-subtle,#5b5d60)}
        .pp-lead{font-size:1.125rem}
        .pp-copy{font-family:ui-monospace,monospace;font-size:.875rem;word-break:break-all;background:var(--ds-color-neutral-background-tinted,#f3f3f4);padding:.25rem .5rem;border-radius:4px}
        .pp-button{display:inline-block;padding:.5rem 1rem;border-radius:4px;background:var(--ds-color-accent-base-default,#0062ba);color:#fff;font-weight:600;text-decoration:none}
        .pp-button:hover{text-decoration:underline}
        .pp-stack{display:flex;flex-direction:column;gap:.75rem}
        .pp-sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        .pp-table{overflow-x:auto}.pp-table table{border-collapse:collapse;width:100%}
        .pp-table :is(th,td){text-align:start;padding:.5rem;border-bottom:1px solid var(--ds-color-neutral-border-subtle,#bbbcbd)}
        @media (max-width:39.99rem){.pp-table :is(table,tbody,tr){display:block;width:100%}.pp-table thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
        .pp-table tbody tr{padding:.5rem 0;border-bottom:1px solid var(--ds-color-neutral-border-subtle,#bbbcbd)}
        .pp-table td{display:grid;grid-template-columns:minmax(6rem,35%) 1fr;gap:.75rem;border:0;padding:.25rem 0;overflow-wrap:anywhere}
        .pp-table td::before{content:attr(data-label);font-weight:600}}
        .pp-entry{padding-bottom:1rem;border-bottom:1px solid var(--ds-color-neutral-border-subtle,#bbbcbd)}
        .pp-entry-head{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}
        .pp-tag{font-size:.875rem;padding:0 .5rem;border-radius:4px;background:var(--ds-color-neutral-background-tinted,#f3f3f4);border:1px solid var(--ds-color-neutral-border-subtle,#bbbcbd)}
        .pp-prose>*+*{margin-top:.75rem!important}
        .pp-decision{padding:.75rem 1rem;border-left:4px solid var(--ds-color-accent-border-default,#0062ba);background:var(--ds-color-accent-background-tinted,#e9f1fb);border-radius:4px}
        .pp-decision h4{margin:0 0 .25rem}
        .pp-footer{margin-top:auto;border-top:1px solid var(--ds-color-neutral-border-subtle,#bbbcbd);background:var(--ds-color-neutral-background-tinted,#f3f3f4)}
        a:focus-visible{outline:3px solid var(--ds-color-focus-outer,#292c30);outline-offset:2px;box-shadow:0 0 0 2px var(--ds-color-focus-inner,#fff)}
        """;
}

/// <summary>The SPA's built stylesheet and its preloaded font, read once from the built index.html (like
/// SpaRoutePreloads); all null when no SPA is built (the pages still work, plainer). These pages also preload the
/// semibold face (from the stylesheet): their headings and bold text are on screen at once, and when that face came
/// after the first paint the text above the public minutes' table rewrapped and moved it (Lighthouse CLS 0.23).</summary>
public sealed record PublicAssets(string? Stylesheet, string? FontPreload, string? BoldFontPreload = null)
{
    public static PublicAssets From(string? spaRoot)
    {
        var index = spaRoot is null ? null : Path.Combine(spaRoot, "index.html");
        if (index is null || !File.Exists(index)) return new(null, null);
        var text = File.ReadAllText(index);
        var css = System.Text.RegularExpressions.Regex.Match(text, "<link rel=\"stylesheet\"[^>]*href=\"(/assets/[^\"]+\\.css)\"");
        var font = System.Text.RegularExpressions.Regex.Match(text, "<link rel=\"preload\" as=\"font\"[^>]*href=\"(/assets/[^\"]+\\.woff2)\"");
        var cssFile = css.Success ? Path.Combine(spaRoot!, css.Groups[1].Value.TrimStart('/')) : null;
        var bold = cssFile is not null && File.Exists(cssFile)
            ? System.Text.RegularExpressions.Regex.Match(File.ReadAllText(cssFile), @"url\((/assets/inter-latin-600-normal-[^)""]+\.woff2)\)") : null;
        return new(css.Success ? css.Groups[1].Value : null, font.Success ? font.Groups[1].Value : null, bold is { Success: true } ? bold.Groups[1].Value : null);
    }
}
