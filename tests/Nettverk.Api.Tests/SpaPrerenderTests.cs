using System.IO.Compression;
using System.Net;
using System.Text;
using FluentAssertions;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>A page the frontend's build prerendered (frontend/scripts/prerender.mjs writes its markup and title into
/// route-preloads.json): its index.html carries the markup in the root element and its own title, so the browser draws
/// it before the script has come; every other path keeps the plain index.html.</summary>
public sealed class SpaPrerenderTests(SpaPrerenderTests.App app) : IClassFixture<SpaPrerenderTests.App>
{
    const string EnglishMarkup = """<div class="_shell_a1"><main id="main"><h1 class="ds-heading">Sign in</h1><form class="form" method="post"></form></main></div>""";
    const string Markup = """<div class="_shell_a1"><main id="main"><h1 class="ds-heading">Logg inn</h1><form class="form" method="post"><input name="email"/></form></main></div>""";

    public sealed class App : NettverkApp
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "nettverk-spa-tests", Guid.NewGuid().ToString("N"));
        public string Index { get; } = "<!doctype html>\n<html lang=\"nb\">\n  <head>\n    <title>Nettverk</title>\n"
            + "    <script type=\"module\" crossorigin src=\"/assets/index-a1.js\"></script>\n  </head>\n  <body>\n    <div id=\"root\"></div>\n  </body>\n</html>\n";

        public App()
        {
            Directory.CreateDirectory(Root);
            File.WriteAllText(Path.Combine(Root, "index.html"), Index);
            // As the build writes it: the prerendered page first, with no files of its own (it is in the main bundle),
            // then a lazy route's files.
            File.WriteAllText(Path.Combine(Root, "route-preloads.json"), $$"""
                [{"path":"/logg-inn","scripts":[],"styles":[],"root":{{System.Text.Json.JsonSerializer.Serialize(Markup)}},"title":"Logg inn – Nettverk"},
                 {"path":"/logg-inn","language":"en","scripts":[],"styles":[],"root":{{System.Text.Json.JsonSerializer.Serialize(EnglishMarkup)}},"title":"Sign in – Nettverk"},
                 {"path":"/moter/:id","scripts":["/assets/MeetingPage-b2.js"],"styles":[]}]
                """);
            With("Nettverk:SpaRoot", Root);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        }
    }

    async Task<(HttpResponseMessage Response, string Html)> GetAsync(string path, string? acceptEncoding = null, string? language = null)
    {
        using var http = app.CreateDefaultClient(new Uri("https://localhost"));
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (language is not null) request.Headers.TryAddWithoutValidation("Cookie", $"theme=x; nettverk-language={language}");
        var response = await http.SendAsync(request);
        var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return (response, await reader.ReadToEndAsync());
    }

    [Theory]
    [InlineData("/logg-inn", "gzip, deflate, br")]
    [InlineData("/logg-inn", "gzip")]
    [InlineData("/logg-inn", null)]
    [InlineData("/Logg-Inn/", null)] // the router's matching: case ignored, a trailing slash allowed
    [InlineData("/logg-inn?neste=%2Fmoter%2Fx", null)]
    public async Task ThePrerenderedPage_HasItsMarkupInTheRoot_AndItsTitle(string path, string? acceptEncoding)
    {
        var (response, html) = await GetAsync(path, acceptEncoding);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.CacheControl!.ToString().Should().Be("no-cache");
        html.Should().Be(app.Index.Replace("<title>Nettverk</title>", "<title>Logg inn – Nettverk</title>")
            .Replace("<div id=\"root\"></div>", $"<div id=\"root\">{Markup}</div>"));
    }

    [Theory]
    [InlineData("en", "en", "Sign in – Nettverk", EnglishMarkup)]
    [InlineData("nb", "nb", "Logg inn – Nettverk", Markup)]
    [InlineData("nn", "nb", "Logg inn – Nettverk", Markup)] // no nynorsk variant built here: bokmål
    [InlineData("<x>", "nb", "Logg inn – Nettverk", Markup)]
    [InlineData(null, "nb", "Logg inn – Nettverk", Markup)]
    public async Task TheLanguageCookie_ChoosesTheVariant_WithItsLangAndTitle(string? cookie, string lang, string title, string markup)
    {
        var (response, html) = await GetAsync("/logg-inn", "br", cookie);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Vary.Should().Contain("Cookie").And.Contain("Accept-Encoding");
        html.Should().Contain($"<html lang=\"{lang}\">").And.Contain($"<title>{title}</title>").And.Contain($"<div id=\"root\">{markup}</div>");
    }

    [Fact]
    public async Task ALazyRoute_KeepsAnEmptyRoot_AndThePlainTitle()
    {
        var (response, html) = await GetAsync("/moter/0198f1c2-0000-7000-8000-000000000001");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("<link rel=\"modulepreload\" crossorigin href=\"/assets/MeetingPage-b2.js\">")
            .And.Contain("<div id=\"root\"></div>").And.Contain("<title>Nettverk</title>").And.NotContain("<form");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/logg-inn/x")]
    [InlineData("/glemt-passord")]
    public async Task AnyOtherPath_GetsThePlainIndexHtml(string path)
    {
        var (response, html) = await GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Be(app.Index);
    }
}
