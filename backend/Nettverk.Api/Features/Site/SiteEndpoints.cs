using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Site;

/// <summary>The public face every page carries: the owner and contact in the footer, and the accessibility statement.
/// Anyone reads them; only an administrator rewrites the statement.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/site").WithTags("Site");
        group.MapGet("/", GetSiteInfo).WithName("getSiteInfo").AllowAnonymous();
        group.MapGet("/accessibility-statement", GetAccessibilityStatement).WithName("getAccessibilityStatement").AllowAnonymous();
        group.MapPut("/accessibility-statement", UpdateAccessibilityStatement).WithName("updateAccessibilityStatement").RequireAuthorization();
        return app;
    }

    static Ok<SiteInfo> GetSiteInfo(IConfiguration configuration, HttpContext http)
    {
        var site = configuration.GetSection("Site").Get<SiteOptions>() ?? new SiteOptions();
        // Configuration changes only with a restart: every page's footer may keep it for an hour.
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(new SiteInfo(site.Owner, Blank(site.ContactEmail), Blank(site.ContactPhone), Blank(site.PrivacyUrl)));
    }

    static async Task<Ok<AccessibilityStatementDto>> GetAccessibilityStatement(NettverkDbContext db, CancellationToken ct)
    {
        var statement = await db.AccessibilityStatements.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(ToDto(statement));
    }

    static async Task<Results<Ok<AccessibilityStatementDto>, ForbiddenProblem, ValidationProblem>> UpdateAccessibilityStatement(
        AccessibilityStatementInput input, NettverkDbContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsAdministrator) return Problems.Forbidden("Only an administrator edits the accessibility statement.");
        var now = clock.GetUtcNow().UtcDateTime;
        var statement = await db.AccessibilityStatements.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (statement is null) db.AccessibilityStatements.Add(statement = new AccessibilityStatement(input.Markdown, now));
        else statement.Rewrite(input.Markdown, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(statement));
    }

    static AccessibilityStatementDto ToDto(AccessibilityStatement? statement) => statement is null
        ? new AccessibilityStatementDto("", null, null)
        : new AccessibilityStatementDto(statement.Markdown, SafeMarkdown.ToHtml(statement.Markdown, topHeadingLevel: 2), statement.UpdatedAt);

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
