using Microsoft.Extensions.FileProviders;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Common;

/// <summary>Serves the built single-page app from the same origin as the API, with index.html for client routes.</summary>
public static class SpaHosting
{
    const string SpaPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        + "font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Swagger UI (Swashbuckle 10) loads its page script from files, not inline, so scripts need only 'self'; its
    /// React components set style attributes and its images are data: SVGs; it fetches the document from this origin.</summary>
    const string DocsPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static WebApplication UseSpa(this WebApplication app)
    {
        // Outside development browsers are told to use https only (localhost is excluded by the options' defaults).
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        var root = Resolve(app);
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api/docs") ? DocsPolicy : SpaPolicy;
            if (http.Request.Path.StartsWithSegments("/api"))
                // Signed-in answers carry personal data: no browser or proxy cache keeps them. An endpoint that means to be
                // cached (a public feed, say) sets its own Cache-Control, which this leaves alone.
                http.Response.OnStarting(() =>
                {
                    if (string.IsNullOrEmpty(http.Response.Headers.CacheControl)) http.Response.Headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
            await next();
        });
        if (root is null)
        {
            app.Logger.LogWarning("No built SPA found; run `npm run build` in frontend/ (the API works without it)");
            return app;
        }
        var files = new PhysicalFileProvider(root);
        var preloads = SpaRoutePreloads.For(root);
        // No file of the SPA lives under /api: API requests skip the file system probes.
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), spa =>
        {
            // The start page's route ("/") has files of its own too; other client routes get theirs in the fallback.
            spa.Use(async (http, next) =>
            {
                if (http.Request.Path.Value == "/" && await TrySendRoutePage(http, preloads)) return;
                await next();
            });
            spa.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            spa.Use(async (http, next) =>
            {
                var path = http.Request.Path.Value ?? "";
                // The compressed copies are served in place of the file they compress, never by their own names; source
                // maps are not published (the build writes none; one copied in by hand stays private too).
                if (path.EndsWith(".br", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                    || path.EndsWith(".map", StringComparison.OrdinalIgnoreCase))
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
                if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                {
                    var (subPath, encoding, varies) = PrecompressedFiles.Choose(http.Request, files, path);
                    PrecompressedFiles.Announce(http, encoding, varies);
                    http.Request.Path = subPath;
                }
                await next();
            });
            spa.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                ContentTypeProvider = new PrecompressedFiles.ContentTypes(),
                // Hashed asset names may be cached for ever; index.html must not be.
                OnPrepareResponse = c => c.Context.Response.Headers.CacheControl =
                    c.File.Name.StartsWith("index.html", StringComparison.Ordinal) ? "no-cache" : "public, max-age=31536000, immutable",
            });
        });
        return app;
    }

    /// <summary>What answers when routing found no endpoint: 404 problem details under /api, the SPA page elsewhere.
    /// A middleware, not a catch-all route: a catch-all endpoint would win over a real one that routing set aside for
    /// its content type or method, and a JSON endpoint sent text/plain would answer 404 instead of 415.</summary>
    public static void UseSpaFallback(this WebApplication app)
    {
        var root = Resolve(app);
        var files = root is null ? null : new PhysicalFileProvider(root);
        var preloads = root is null ? null : SpaRoutePreloads.For(root);
        app.Use(async (http, next) =>
        {
            if (http.GetEndpoint() is not null) { await next(); return; }
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                http.Response.StatusCode = 404;
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                {
                    HttpContext = http,
                    ProblemDetails = { Status = 404, Title = "The API route was not found.", Extensions = { ["code"] = "not_found" } },
                });
                return;
            }
            var method = http.Request.Method;
            if (files is null || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) || Path.HasExtension(http.Request.Path.Value))
            {
                await next();
                return;
            }
            if (await TrySendRoutePage(http, preloads)) return;
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            var (index, encoding, varies) = PrecompressedFiles.Choose(http.Request, files, "/index.html");
            PrecompressedFiles.Announce(http, encoding, varies);
            await http.Response.SendFileAsync(files.GetFileInfo(index));
        });
    }

    /// <summary>Sends index.html with the links to the route's own files when the path is a route that has some
    /// (SpaRoutePreloads); false when it is not, and nothing was sent.</summary>
    static async Task<bool> TrySendRoutePage(HttpContext http, SpaRoutePreloads? preloads)
    {
        var method = http.Request.Method;
        var language = http.Request.Cookies[SpaRoutePreloads.LanguageCookie];
        if (preloads?.Find(http.Request.Path.Value ?? "/", language) is not { } page || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method))) return false;
        var encoding = PrecompressedFiles.Pick(http.Request, ["br", "gzip"]);
        var body = encoding switch { "br" => page.Brotli, "gzip" => page.Gzip, _ => page.Plain };
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        PrecompressedFiles.Announce(http, encoding, varies: true);
        if (page.Prerendered) http.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, "Cookie");
        http.Response.ContentLength = body.Length;
        if (HttpMethods.IsGet(method)) await http.Response.Body.WriteAsync(body);
        return true;
    }

    internal static string? Resolve(WebApplication app)
    {
        var configured = app.Configuration["Nettverk:SpaRoot"];
        string[] candidates = configured is not null
            ? [configured]
            : [Path.Combine(app.Environment.ContentRootPath, "wwwroot"), Path.Combine(app.Environment.ContentRootPath, "..", "..", "frontend", "dist")];
        return candidates.Select(Path.GetFullPath).FirstOrDefault(c => File.Exists(Path.Combine(c, "index.html")));
    }
}
