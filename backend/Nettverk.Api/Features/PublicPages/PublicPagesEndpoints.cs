using Microsoft.AspNetCore.Http.HttpResults;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Site;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.PublicPages;

/// <summary>The public pages of bodies, rendered on the server as plain HTML without script (fast on a weak phone,
/// readable by search engines and with JavaScript off): the index, a body's page, its Atom feed, a meeting's public
/// minutes; and a body's page as JSON for API users. Only bodies marked public and not archived have them; anything else is a 404 (an HTML page for
/// the pages). Mapped before the SPA fallback, so these paths never reach the SPA.</summary>
public static class PublicPagesEndpoints
{
    public static WebApplication MapPublicPages(WebApplication app)
    {
        var assets = PublicAssets.From(SpaHosting.Resolve(app));
        app.MapGet("/offentlig/organer", (HttpContext http, NettverkDbContext db, AppLinks links, IConfiguration config, CancellationToken ct) =>
            Index(http, db, links, config, assets, ct)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/offentlig/organer/{slug}", (string slug, HttpContext http, NettverkDbContext db, AppLinks links, TimeProvider clock,
            IConfiguration config, CancellationToken ct) => Page(slug, http, db, links, clock, config, assets, ct)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/offentlig/organer/{slug}/feed.atom", Feed).AllowAnonymous().ExcludeFromDescription();
        // A string, not {meetingId:guid}: a malformed id gets this page's 404, not the SPA's.
        app.MapGet("/offentlig/referat/{meetingId}", (string meetingId, HttpContext http, NettverkDbContext db, IConfiguration config,
            CancellationToken ct) => Minutes(meetingId, http, db, config, assets, ct)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/api/public/bodies/{slug}", GetPublicBody).WithName("getPublicBody").WithTags("Public").AllowAnonymous();
        return app;
    }

    static async Task<IResult> Index(HttpContext http, NettverkDbContext db, AppLinks links, IConfiguration config, PublicAssets assets,
        CancellationToken ct)
    {
        var t = PublicTexts.For(http.Request);
        return Html(http, 200, PublicBodyPage.RenderIndex(await PublicBodyQueries.IndexAsync(db, links, ct), t, assets, Site(config)));
    }

    static async Task<IResult> Page(string slug, HttpContext http, NettverkDbContext db, AppLinks links, TimeProvider clock,
        IConfiguration config, PublicAssets assets, CancellationToken ct)
    {
        var t = PublicTexts.For(http.Request);
        var body = await PublicBodyQueries.LoadAsync(db, slug, links, clock, ct);
        return body is null
            ? Html(http, 404, PublicBodyPage.RenderNotFound(t, assets, Site(config), PublicBodyQueries.PagePath(slug)))
            : Html(http, 200, PublicBodyPage.Render(body, t, assets, Site(config)));
    }

    static async Task<IResult> Minutes(string meetingId, HttpContext http, NettverkDbContext db, IConfiguration config, PublicAssets assets,
        CancellationToken ct)
    {
        var t = PublicTexts.For(http.Request);
        var minutes = await PublicMinutesPage.LoadAsync(db, meetingId, ct);
        return minutes is null
            ? Html(http, 404, PublicBodyPage.RenderNotFound(t, assets, Site(config), PublicMinutesPage.PagePath(meetingId), t["minutesPage.notFoundText"]))
            : Html(http, 200, PublicMinutesPage.Render(minutes, t, assets, Site(config)));
    }

    static async Task<IResult> Feed(string slug, HttpContext http, NettverkDbContext db, AppLinks links, TimeProvider clock,
        IConfiguration config, CancellationToken ct)
    {
        var body = await PublicBodyQueries.LoadAsync(db, slug, links, clock, ct);
        if (body is null) return Results.NotFound();
        http.Response.Headers.CacheControl = "public, max-age=300";
        var xml = PublicBodyFeed.Write(body, PublicTexts.For(http.Request), clock.GetUtcNow().UtcDateTime, Site(config).Owner);
        return Results.Text(xml, "application/atom+xml; charset=utf-8");
    }

    /// <summary>The public page's data as JSON; 404 for a body that is not public, archived, or unknown.</summary>
    static async Task<Results<Ok<PublicBodyDto>, NotFoundProblem>> GetPublicBody(string slug, NettverkDbContext db, AppLinks links,
        TimeProvider clock, CancellationToken ct) =>
        await PublicBodyQueries.LoadAsync(db, slug, links, clock, ct) is { } body ? TypedResults.Ok(body) : Problems.NotFound("The body");

    static IResult Html(HttpContext http, int status, string html)
    {
        // Short: what the secretariat publishes shows within a minute; Vary because ?lang may be absent.
        http.Response.Headers.CacheControl = "public, max-age=60";
        http.Response.Headers.Vary = "Accept-Language, Accept-Encoding";
        // Compressed when the browser accepts it (a third of the bytes on a phone's slow line): the page is public text
        // with nothing secret beside what the request sent, so BREACH has nothing to find (see PrecompressedFiles).
        var body = System.Text.Encoding.UTF8.GetBytes(html);
        var encoding = PrecompressedFiles.Pick(http.Request, ["br", "gzip"]);
        return new HtmlResult(status, encoding is null ? body : PrecompressedFiles.Compress(body, encoding, System.IO.Compression.CompressionLevel.Optimal), encoding);
    }

    sealed class HtmlResult(int status, byte[] body, string? encoding) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = "text/html; charset=utf-8";
            if (encoding is not null) http.Response.Headers.ContentEncoding = encoding;
            http.Response.ContentLength = body.Length;
            await http.Response.Body.WriteAsync(body);
        }
    }

    static SiteOptions Site(IConfiguration config) => config.GetSection("Site").Get<SiteOptions>() ?? new SiteOptions();
}
