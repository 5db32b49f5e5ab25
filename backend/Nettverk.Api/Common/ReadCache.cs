using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Nettverk.Api.Common;

public sealed class ReadCacheOptions
{
    /// <summary>Off when more than one instance of the app serves the same database: the cache knows only this
    /// process's writes (<see cref="Persistence.DataVersion"/>).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How long an answer may be served again at most, for what depends on the clock (a meeting becomes held).</summary>
    public int MaxAgeSeconds { get; set; } = 30;
    public int MaxEntryKilobytes { get; set; } = 512;
    public long SizeLimitMegabytes { get; set; } = 64;
}

/// <summary>Serves the busiest reads again from memory until anything is written. An answer is kept per URL and per
/// caller (the account, or no one), only when it was a 200 that set no cookie, and only after authentication,
/// authorisation, rate limiting and the request boundary have run for this request, so a cached answer is never given
/// to anyone the handler would have refused.</summary>
public static class ReadCache
{
    /// <summary>The reads served again, by operation name: each a GET whose answer depends only on its URL, the caller
    /// (account and global roles) and the data, and that writes nothing. Listed in one place to be reviewed together.</summary>
    public static readonly IReadOnlySet<string> Operations = new HashSet<string>(StringComparer.Ordinal)
    {
        "listMyMeetings", "getMeeting", "listMeetings", "getMeetingPlan", "listBodies", "getBody", "listMemberships",
        "listOrganisations", "getOrganisation", "listPeople", "getMinutes", "getPublishedMinutes", "listMyActionItems",
        "listBodyActionItems", "listOrganisationActionItems", "listNominations", "listMyNominations", "listAuditEvents",
        "meetingCalendar", "personalCalendarFeed", "publicCalendarFeed", "getPublicMinutes", "listPublicMinutes", "getStart",
    };

    public static IApplicationBuilder UseReadCache(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ReadCacheOptions>>().Value;
        if (!options.Enabled) return app;
        var cache = app.ApplicationServices.GetRequiredService<VersionedCache>();
        var maxAge = TimeSpan.FromSeconds(options.MaxAgeSeconds);
        var maxBytes = options.MaxEntryKilobytes * 1024;
        return app.Use(async (http, next) =>
        {
            if (!HttpMethods.IsGet(http.Request.Method)
                || http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>() is not { } name || !Operations.Contains(name.EndpointName))
            {
                await next();
                return;
            }
            var key = new Key(http.Request.Path.Value ?? "", http.Request.QueryString.Value ?? "",
                http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
            if (cache.TryGet(key, out Answer answer))
            {
                await answer.WriteAsync(http.Response);
                return;
            }
            var version = cache.Version;
            var original = http.Response.Body;
            using var buffer = new MemoryStream();
            http.Response.Body = buffer;
            try { await next(); }
            finally { http.Response.Body = original; }
            var response = http.Response;
            if (response.StatusCode == 200 && buffer.Length <= maxBytes && !response.Headers.ContainsKey("Set-Cookie"))
            {
                var stored = new Answer(buffer.ToArray(), response.ContentType, response.Headers.ContentDisposition, response.Headers.CacheControl);
                cache.Set(key, version, stored, stored.Body.Length + key.Size, maxAge);
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(original, http.RequestAborted);
        });
    }

    sealed record Key(string Path, string Query, string User)
    {
        public int Size => 2 * (Path.Length + Query.Length + User.Length);
    }

    sealed record Answer(byte[] Body, string? ContentType, string? ContentDisposition, string? CacheControl)
    {
        public Task WriteAsync(HttpResponse response)
        {
            response.StatusCode = 200;
            response.ContentType = ContentType;
            if (ContentDisposition is not null) response.Headers.ContentDisposition = ContentDisposition;
            if (CacheControl is not null) response.Headers.CacheControl = CacheControl;
            response.ContentLength = Body.Length;
            return response.Body.WriteAsync(Body).AsTask();
        }
    }
}
