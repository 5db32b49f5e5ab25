using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Nettverk.Api.Common;

/// <summary>index.html per client route, naming the route's own files. The SPA loads a page's code when the router
/// reaches it, after the main bundle has been fetched and run: one more round trip before the page can draw. The build
/// lists each lazy route's chunks and CSS (route-preloads.json, frontend/scripts/build-plugins.mjs); this puts them in
/// that route's index.html as modulepreload / preload links, so the browser fetches them beside the main bundle. Each
/// variant is built and compressed once at start; a path that matches no route gets the plain index.html. A page the
/// build prerendered (the sign-in page) also gets its markup in the root element and its title, so the browser draws
/// it before the script has arrived.</summary>
public sealed partial class SpaRoutePreloads
{
    /// <summary>A route's page; Prerendered: it holds markup in one language, chosen by the language cookie.</summary>
    public sealed record Page(byte[] Plain, byte[] Brotli, byte[] Gzip, bool Prerendered = false);

    /// <summary>The SPA's language choice, set by the SPA (frontend/src/lib/i18n.ts).</summary>
    public const string LanguageCookie = "nettverk-language";

    /// <summary>Root and Title: a page the build prerendered (frontend/scripts/prerender.mjs), its markup for the
    /// root element and its title; Language: the variant's language (nn, en), none for bokmål.</summary>
    sealed record Route(string Path, string[] Scripts, string[] Styles, string? Root = null, string? Title = null, string? Language = null);

    sealed record Snapshot(DateTime Stamp, List<(Regex Pattern, string? Language, Page Page)> Pages);

    readonly string root;
    readonly Lock gate = new();
    Snapshot snapshot = new(default, []);

    SpaRoutePreloads(string root) => this.root = root;

    /// <summary>The pages of the SPA in root, read again when a new build has replaced its index.html or the list (a
    /// developer's `npm run build` beside a running app), so no page names the files of an earlier build.</summary>
    public static SpaRoutePreloads For(string root) => new(root);

    /// <summary>The page for a request path, by React Router's matching: `:name` is one segment, `*` the rest, case
    /// ignored, a trailing slash allowed; in the language asked for when the route has it, else its bokmål page; null
    /// when the path is no route with files of its own.</summary>
    public Page? Find(string path, string? language = null)
    {
        var stamp = new[] { "index.html", "route-preloads.json" }.Select(f => System.IO.Path.Combine(root, f))
            .Select(f => File.Exists(f) ? File.GetLastWriteTimeUtc(f) : default).Max();
        var current = snapshot;
        if (current.Stamp != stamp)
            lock (gate)
            {
                if (snapshot.Stamp != stamp) snapshot = new Snapshot(stamp, Load(root));
                current = snapshot;
            }
        var matches = current.Pages.Where(p => p.Pattern.IsMatch(path)).ToList();
        return (matches.FirstOrDefault(p => language is not null && p.Language == language).Page)
            ?? matches.FirstOrDefault(p => p.Language is null).Page;
    }

    static List<(Regex Pattern, string? Language, Page Page)> Load(string root)
    {
        var manifest = System.IO.Path.Combine(root, "route-preloads.json");
        var index = System.IO.Path.Combine(root, "index.html");
        var result = new List<(Regex Pattern, string? Language, Page Page)>();
        if (!File.Exists(manifest) || !File.Exists(index)) return result;
        var html = File.ReadAllText(index);
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (head < 0) return result;
        // At the start of its line when it stands alone there, so the links keep the file's indentation.
        var line = html.LastIndexOf('\n', head) + 1;
        if (line > 0 && string.IsNullOrWhiteSpace(html[line..head])) head = line;
        var routes = JsonSerializer.Deserialize<Route[]>(File.ReadAllText(manifest), JsonSerializerOptions.Web) ?? [];
        foreach (var route in routes.Where(r => r.Scripts.Length + r.Styles.Length > 0 || r.Root is not null))
        {
            var links = new StringBuilder();
            foreach (var script in route.Scripts) links.Append($"    <link rel=\"modulepreload\" crossorigin href=\"{WebUtility.HtmlEncode(script)}\">\n");
            foreach (var style in route.Styles) links.Append($"    <link rel=\"preload\" as=\"style\" crossorigin href=\"{WebUtility.HtmlEncode(style)}\">\n");
            var page = html.Insert(head, links.ToString());
            // The build's own markup (React's, escaped by it), not anyone's input: inserted as it is.
            if (route.Root is not null) page = page.Replace("<div id=\"root\"></div>", $"<div id=\"root\">{route.Root}</div>", StringComparison.Ordinal);
            if (route.Title is not null) page = TitleElement().Replace(page, $"<title>{WebUtility.HtmlEncode(route.Title)}</title>", 1);
            // The SPA hydrates a prerendered page when its own language is the page's (main.tsx).
            if (route.Language is not null) page = HtmlLang().Replace(page, $"<html lang=\"{WebUtility.HtmlEncode(route.Language)}\"", 1);
            var bytes = Encoding.UTF8.GetBytes(page);
            result.Add((Pattern(route.Path), route.Language, new Page(bytes, PrecompressedFiles.Compress(bytes, "br", CompressionLevel.SmallestSize),
                PrecompressedFiles.Compress(bytes, "gzip", CompressionLevel.SmallestSize), route.Root is not null)));
        }
        return result;
    }

    [GeneratedRegex("<title>[^<]*</title>", RegexOptions.IgnoreCase)]
    private static partial Regex TitleElement();

    [GeneratedRegex("<html lang=\"[^\"]*\"", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLang();

    static Regex Pattern(string path)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s =>
            s == "*" ? "(?:/.*)?" : s.StartsWith(':') ? s.EndsWith('?') ? "(?:/[^/]+)?" : "/[^/]+" : "/" + Regex.Escape(s));
        return new Regex($"^{string.Concat(segments)}/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
