using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace Nettverk.Api.Common;

/// <summary>One fixed window: at most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/>.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; }
    public RateLimitRule() { }
    public RateLimitRule(int permitLimit, int windowSeconds) => (PermitLimit, WindowSeconds) = (permitLimit, windowSeconds);
}

/// <summary>Limits on the requests an attacker would repeat: guessing passwords or tokens, flooding someone with e-mail.
/// Each has a limit per client address (a county office shares one address, so it is loose) and, where a request names
/// an account, per account (tight: no person signs in 10 times in 5 minutes). Bound from <c>RateLimiting:*</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";
    public RateLimitPolicy SignIn { get; set; } = new() { PerClient = new(30, 60), PerAccount = new(10, 300) };
    /// <summary>Forgot and reset password; per account this is the number of reset e-mails one address gets.</summary>
    public RateLimitPolicy PasswordReset { get; set; } = new() { PerClient = new(10, 900), PerAccount = new(3, 3600) };
    /// <summary>Sending invitations (per administrator) and accepting them (per client).</summary>
    public RateLimitPolicy Invitations { get; set; } = new() { PerClient = new(30, 900), PerAccount = new(50, 3600) };
    public RateLimitPolicy Rsvp { get; set; } = new() { PerClient = new(60, 60) };
    /// <summary>Anonymous full-text search: each request is a query over every public text, so it is counted.</summary>
    public RateLimitPolicy PublicSearch { get; set; } = new() { PerClient = new(60, 60) };
    /// <summary>Registering for an open meeting: per client address here; per e-mail address (PerAccount) counted in the
    /// registrations' own table, so every instance sees the same count.</summary>
    public RateLimitPolicy PublicRegistration { get; set; } = new() { PerClient = new(20, 600), PerAccount = new(5, 3600) };
    /// <summary>The registrant's secret links (confirm, view, cancel): guessing tokens is what this counts.</summary>
    public RateLimitPolicy RegistrationLinks { get; set; } = new() { PerClient = new(60, 60) };
}

public sealed class RateLimitPolicy
{
    public RateLimitRule? PerClient { get; set; }
    public RateLimitRule? PerAccount { get; set; }
}

public static class RateLimits
{
    /// <summary>Which requests each policy covers. By path, in one table, so no endpoint has to remember to opt in.</summary>
    static readonly (string Method, string Path, Func<RateLimitOptions, RateLimitPolicy> Policy, string Name)[] Routes =
    [
        ("POST", "/api/account/login", o => o.SignIn, "signIn"),
        ("POST", "/api/account/forgot-password", o => o.PasswordReset, "passwordReset"),
        ("POST", "/api/account/reset-password", o => o.PasswordReset, "passwordReset"),
        ("POST", "/api/account/accept-invitation", o => o.Invitations, "invitations"),
        ("POST", "/api/accounts/invitations", o => o.Invitations, "invitations"),
        ("*", "/api/rsvp", o => o.Rsvp, "rsvp"),
        ("GET", "/api/public/search", o => o.PublicSearch, "publicSearch"),
        ("POST", "/api/public/meetings", o => new RateLimitPolicy { PerClient = o.PublicRegistration.PerClient }, "publicRegistration"),
        ("*", "/api/public/registrations", o => o.RegistrationLinks, "registrationLinks"),
    ];

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<AccountThrottle>();
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, options, perClient: true)),
                // Signed-in callers (an administrator sending invitations) are counted per account too; anonymous
                // requests that name an account are counted by AccountThrottle once their body is read.
                PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, options, perClient: false)));
            o.OnRejected = (context, ct) => WriteRejectedAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null);
        });
        return builder;
    }

    /// <summary>After authentication, so a signed-in caller can be counted by account. Only requests a policy covers go
    /// through the limiter: it takes a lock per request, which every other request would queue on for nothing.</summary>
    public static IApplicationBuilder UseRateLimits(this IApplicationBuilder app) =>
        app.UseWhen(http => Covering(http.Request.Method, http.Request.Path) is not null, limited => limited.UseRateLimiter());

    /// <summary>The policy that covers a request, if any; the OpenAPI document asks it of each route pattern, so the 429
    /// is declared on exactly the operations the limiter counts.</summary>
    internal static (Func<RateLimitOptions, RateLimitPolicy> Policy, string Name)? Covering(string method, PathString path)
    {
        foreach (var (m, p, select, name) in Routes)
            if ((m == "*" || HttpMethods.Equals(m, method)) && path.StartsWithSegments(p)) return (select, name);
        return null;
    }

    static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions options, bool perClient)
    {
        if (Covering(http.Request.Method, http.Request.Path) is { } covered)
        {
            var (policy, name) = (covered.Policy(options), covered.Name);
            if (perClient && policy.PerClient is { } client)
                return Fixed($"{name}|ip|{http.Connection.RemoteIpAddress}", client);
            if (!perClient && policy.PerAccount is { } account && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user)
                return Fixed($"{name}|user|{user}", account);
        }
        return RateLimitPartition.GetNoLimiter("none");
    }

    internal static RateLimitPartition<string> Fixed(string key, RateLimitRule rule) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit, Window = TimeSpan.FromSeconds(rule.WindowSeconds), QueueLimit = 0, AutoReplenishment = true,
        });

    static async ValueTask WriteRejectedAsync(HttpContext http, TimeSpan? retryAfter)
    {
        http.Response.StatusCode = 429;
        SetRetryAfter(http, retryAfter);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = http,
            ProblemDetails = { Status = 429, Title = TooManyTitle, Detail = TooManyDetail, Extensions = { ["code"] = "rate_limited" } },
        });
    }

    const string TooManyTitle = "Too many requests.";
    const string TooManyDetail = "Wait a little and try again.";

    static void SetRetryAfter(HttpContext http, TimeSpan? retryAfter) =>
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling((retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The same 429 answer from a handler (a per-account limit), with Retry-After.</summary>
    public static TooManyRequestsProblem TooMany(HttpContext http, TimeSpan? retryAfter)
    {
        SetRetryAfter(http, retryAfter);
        return new(TypedResults.Problem(statusCode: 429, title: TooManyTitle, detail: TooManyDetail,
            extensions: new Dictionary<string, object?> { ["code"] = "rate_limited" }));
    }
}

/// <summary>Per-account limits for anonymous requests that name an account in their body (sign-in, forgot password):
/// the limiter middleware runs before the body is read, so the handler asks here. Keyed by the address as typed
/// (normalised), whether or not an account has it, so the answer says nothing about which addresses exist.</summary>
public sealed class AccountThrottle(RateLimitOptions options) : IDisposable
{
    readonly PartitionedRateLimiter<(string Policy, string Account)> limiter = PartitionedRateLimiter.Create<(string Policy, string Account), string>(key =>
    {
        var rule = key.Policy switch
        {
            "signIn" => options.SignIn.PerAccount,
            "passwordReset" => options.PasswordReset.PerAccount,
            _ => null,
        };
        var name = $"{key.Policy}|{key.Account}";
        return rule is null ? RateLimitPartition.GetNoLimiter(name) : RateLimits.Fixed(name, rule);
    });

    /// <summary>Null when allowed; otherwise how long to wait.</summary>
    public TimeSpan? Refuse(string policy, string account)
    {
        using var lease = limiter.AttemptAcquire((policy, account.Trim().ToUpperInvariant()));
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => limiter.Dispose();
}
