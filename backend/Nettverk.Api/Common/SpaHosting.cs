using Microsoft.Extensions.FileProviders;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Common;

/// <summary>Serves the built single-page app from the same origin as the API, with index.html for client routes.</summary>
public static class SpaHosting
{
    public static WebApplication UseSpa(this WebApplication app)
    {
        var root = Resolve(app);
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (!http.Request.Path.StartsWithSegments("/api/docs"))
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            await next();
        });
        if (root is null)
        {
            app.Logger.LogWarning("No built SPA found; run `npm run build` in frontend/ (the API works without it)");
            return app;
        }
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Hashed asset names may be cached for ever; index.html must not be.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl =
                c.File.Name == "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
        });
        return app;
    }

    public static void MapSpaFallback(this WebApplication app)
    {
        var root = Resolve(app);
        // Unknown API paths answer 404 problem details, never the SPA page.
        app.Map("/api/{**rest}", () => Problems.NotFound("The API route")).ExcludeFromDescription();
        if (root is null) return;
        app.MapFallback(async http =>
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.SendFileAsync(Path.Combine(root, "index.html"));
        }).ExcludeFromDescription();
    }

    static string? Resolve(WebApplication app)
    {
        var configured = app.Configuration["Nettverk:SpaRoot"];
        string[] candidates = configured is not null
            ? [configured]
            : [Path.Combine(app.Environment.ContentRootPath, "wwwroot"), Path.Combine(app.Environment.ContentRootPath, "..", "..", "frontend", "dist")];
        return candidates.Select(Path.GetFullPath).FirstOrDefault(c => File.Exists(Path.Combine(c, "index.html")));
    }
}
