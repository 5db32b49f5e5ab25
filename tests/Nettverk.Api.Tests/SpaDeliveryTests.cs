using System.IO.Compression;
using System.Net;
using System.Text;
using FluentAssertions;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>A built SPA as the frontend's build writes it (a hashed bundle and index.html, each with .br and .gz copies
/// beside it), served by the real pipeline: compressed when the browser asks, as it is when not, with Vary and the
/// type of the file asked for, cached for ever when hashed and never when index.html; no source map or compressed copy
/// under its own name.</summary>
public sealed class SpaDeliveryTests(SpaDeliveryTests.App app) : IClassFixture<SpaDeliveryTests.App>
{
    public const string Bundle = "/assets/index-Bx1c9Zq2.js";

    public sealed class App : NettverkApp
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "nettverk-spa-tests", Guid.NewGuid().ToString("N"));
        public byte[] Index { get; }
        public byte[] Script { get; }

        public App()
        {
            // Big and repetitive enough to compress, as a real bundle does; æøå to show the bytes are kept as they are.
            Index = Encoding.UTF8.GetBytes("<!doctype html><html lang=\"nb\"><head><title>Nettverk</title><script type=\"module\" src=\""
                + Bundle + "\"></script></head><body><div id=\"root\"></div>" + string.Concat(Enumerable.Repeat("<!-- æøå -->", 200)) + "</body></html>");
            Script = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"export const t{i} = 'Møte {i} – referat';\n")));
            Write("index.html", Index);
            Write(Bundle.TrimStart('/'), Script);
            // A source map left in the folder (a 'hidden' build writes them) must still not be served.
            File.WriteAllText(Path.Combine(Root, "assets", "index-Bx1c9Zq2.js.map"), """{"version":3,"sources":["src/main.tsx"]}""");
            // The build's list of a lazy route's own files (frontend/scripts/build-plugins.mjs, routePreloads).
            File.WriteAllText(Path.Combine(Root, "route-preloads.json"),
                """[{"path":"/offentlig/horinger/:slug","scripts":["/assets/PublicHearingPage-a1.js","/assets/list-b2.js"],"styles":["/assets/PublicHearingPage-c3.css"]}]""");
            With("Nettverk:SpaRoot", Root);
        }

        void Write(string name, byte[] bytes)
        {
            var path = Path.Combine(Root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            using (var br = new BrotliStream(File.Create(path + ".br"), CompressionLevel.SmallestSize)) br.Write(bytes);
            using (var gz = new GZipStream(File.Create(path + ".gz"), CompressionLevel.SmallestSize)) gz.Write(bytes);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        }
    }

    async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding)
    {
        using var http = app.CreateDefaultClient(new Uri("https://localhost"));
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await http.SendAsync(request);
    }

    static byte[] Decode(byte[] body, string? encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoded = encoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            null => input,
            _ => throw new InvalidOperationException($"unexpected Content-Encoding {encoding}"),
        };
        using var output = new MemoryStream();
        decoded.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    // As Chromium and Firefox ask, as an old client asks, and a q-value that prefers gzip.
    [InlineData(Bundle, "gzip, deflate, br, zstd", "br")]
    [InlineData(Bundle, "gzip", "gzip")]
    [InlineData(Bundle, "br;q=0.5, gzip;q=1", "gzip")]
    [InlineData(Bundle, "br;q=0, gzip", "gzip")]
    [InlineData(Bundle, "*", "br")]
    [InlineData(Bundle, null, null)]
    [InlineData(Bundle, "identity", null)]
    [InlineData(Bundle, "deflate", null)]
    [InlineData("/", "gzip, deflate, br", "br")]
    [InlineData("/", "gzip", "gzip")]
    [InlineData("/", null, null)]
    [InlineData("/moter/0198f1c2-0000-7000-8000-000000000001", "gzip, deflate, br", "br")] // a client route: index.html
    [InlineData("/moter/0198f1c2-0000-7000-8000-000000000001", "gzip", "gzip")]
    [InlineData("/moter/0198f1c2-0000-7000-8000-000000000001", null, null)]
    public async Task SpaFiles_AreCompressedAsAsked_AndDecompressToTheSameBytes(string path, string? acceptEncoding, string? expected)
    {
        var response = await GetAsync(path, acceptEncoding);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        encoding.Should().Be(expected);
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        var isScript = path == Bundle;
        response.Content.Headers.ContentType!.MediaType.Should().Be(isScript ? "text/javascript" : "text/html");
        var body = await response.Content.ReadAsByteArrayAsync();
        response.Content.Headers.ContentLength.Should().Be(body.Length);
        var original = isScript ? app.Script : app.Index;
        if (expected is not null) body.Length.Should().BeLessThan(original.Length / 3);
        Decode(body, encoding).Should().Equal(original);
        response.Headers.CacheControl!.ToString().Should().Be(isScript ? "public, max-age=31536000, immutable" : "no-cache");
    }

    [Theory]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData(null, null)]
    public async Task ALazyRoutesPage_NamesItsOwnFiles_InItsIndexHtml(string? acceptEncoding, string? expected)
    {
        var response = await GetAsync("/offentlig/horinger/hoering-av-strategier", acceptEncoding);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.SingleOrDefault().Should().Be(expected);
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        response.Headers.CacheControl!.ToString().Should().Be("no-cache");
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = Encoding.UTF8.GetString(Decode(await response.Content.ReadAsByteArrayAsync(), expected));
        var head = html.IndexOf("</head>", StringComparison.Ordinal);
        html.IndexOf("<link rel=\"modulepreload\" crossorigin href=\"/assets/PublicHearingPage-a1.js\">", StringComparison.Ordinal).Should().BeInRange(0, head);
        html.IndexOf("<link rel=\"modulepreload\" crossorigin href=\"/assets/list-b2.js\">", StringComparison.Ordinal).Should().BeInRange(0, head);
        html.IndexOf("<link rel=\"preload\" as=\"style\" crossorigin href=\"/assets/PublicHearingPage-c3.css\">", StringComparison.Ordinal).Should().BeInRange(0, head);
        // Otherwise the same page.
        html.Should().Contain(Bundle).And.EndWith("</body></html>");
    }

    [Theory]
    [InlineData("/offentlig/horinger/x/y")]
    [InlineData("/offentlig/horinger")]
    [InlineData("/")]
    public async Task APathThatIsNoLazyRoute_GetsThePlainIndexHtml(string path)
    {
        var response = await GetAsync(path, null);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(app.Index);
    }

    [Fact]
    public async Task ACompressedBundle_IsRevalidatedAsItself_NotAsTheOtherEncoding()
    {
        var br = await GetAsync(Bundle, "br");
        var plain = await GetAsync(Bundle, null);
        // Each encoding is its own representation: a cache must not answer a gzip-only client with a brotli ETag's body.
        br.Headers.ETag.Should().NotBeNull();
        br.Headers.ETag.Should().NotBe(plain.Headers.ETag);
        using var http = app.CreateDefaultClient(new Uri("https://localhost"));
        var again = new HttpRequestMessage(HttpMethod.Get, Bundle);
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        again.Headers.IfNoneMatch.Add(br.Headers.ETag!);
        var notModified = await http.SendAsync(again);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        notModified.Content.Headers.ContentEncoding.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/assets/index-Bx1c9Zq2.js.map")]
    [InlineData("/assets/index-Bx1c9Zq2.js.br")]
    [InlineData("/assets/index-Bx1c9Zq2.js.gz")]
    [InlineData("/index.html.br")]
    [InlineData("/assets/nothing-here.map")]
    public async Task SourceMapsAndCompressedCopies_AreNotServedByName(string path)
    {
        (await GetAsync(path, "gzip, br")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ApiAnswers_AreNotCompressed()
    {
        // Signed-in JSON mixes personal data with what the caller sent (search terms, names typed): left uncompressed so
        // BREACH-style length probing has nothing to measure (see PrecompressedFiles).
        using var client = await app.SignInAsync(DemoIds.Admin);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/account/me");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        var response = await client.Http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        (await response.Content.ReadAsStringAsync()).Should().Contain("admin@example.org");
    }
}
