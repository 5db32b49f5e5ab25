using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Search;

/// <summary>Full-text search in the database's own index. Signed in: bodies, meetings, agenda items and published
/// minutes of the bodies the caller may read (<see cref="BodyPermissions"/>: their roles; administrators all; the global
/// secretariat the public ones), organisations (which every signed-in user may list) and people (the registry's keepers
/// only, as /api/people). Anonymous: the public copy of published minutes of public bodies, the one thing the public
/// pages show (<see cref="Minutes.PublicMinutesEndpoints"/>).</summary>
public static class SearchEndpoints
{
    public const int DefaultPageSize = 20;

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithName("search").WithTags("Search").RequireAuthorization();
        app.MapGet("/api/public/search", PublicSearch).WithName("publicSearch").WithTags("Public").AllowAnonymous();
        return app;
    }

    static async Task<Results<Ok<Page<SearchHit>>, ValidationProblem>> Search(
        [FromQuery(Name = "q"), Description("Words to find; each is matched as the start of a word. 1–200 characters.")] string? q,
        [FromQuery(Name = "kind")] SearchKind? kind, [AsParameters] PageQuery paging,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, SearchOptions options, CancellationToken ct)
    {
        var terms = SearchTerms.Parse(q);
        var bodies = (await permissions.RolesByBodyAsync(ct)).Keys.ToList();
        var all = user.IsAdministrator;
        var publicBodies = user.IsGlobalSecretariat;
        var people = await permissions.CanManageRegistryAsync(ct);
        var visible = db.SearchDocuments.Where(d => !d.PublicCopy && (
            d.Kind == SearchKind.Organisation
            || (d.Kind == SearchKind.Person && people)
            || (d.BodyId != null && (all || bodies.Contains(d.BodyId.Value)
                || (publicBodies && db.Bodies.Any(b => b.Id == d.BodyId && b.IsPublic))))));
        if (kind is { } only) visible = visible.Where(d => d.Kind == only);
        return TypedResults.Ok(await PageAsync(db, options, visible, terms, paging, ct));
    }

    static async Task<Results<Ok<Page<SearchHit>>, ValidationProblem>> PublicSearch(
        [FromQuery(Name = "q"), Description("Words to find; each is matched as the start of a word. 1–200 characters.")] string? q,
        [AsParameters] PageQuery paging, NettverkDbContext db, SearchOptions options, CancellationToken ct)
    {
        var terms = SearchTerms.Parse(q);
        var visible = db.SearchDocuments.Where(d => d.PublicCopy && d.Kind == SearchKind.Minutes
            && db.Bodies.Any(b => b.Id == d.BodyId && b.IsPublic && b.ArchivedAt == null));
        return TypedResults.Ok(await PageAsync(db, options, visible, terms, paging, ct));
    }

    /// <summary>Member-initialised, not positional: EF orders and pages by members it can see through.</summary>
    sealed class Row
    {
        public required SearchDocument Doc { get; init; }
        public double Rank { get; init; }
    }

    /// <summary>The matching rows the caller may see, best first, one page; the snippets are cut from the page's rows.</summary>
    static async Task<Page<SearchHit>> PageAsync(NettverkDbContext db, SearchOptions options, IQueryable<SearchDocument> visible,
        SearchTerms terms, PageQuery paging, CancellationToken ct)
    {
        IQueryable<Row> ranked;
        if (db.Database.IsSqlite())
        {
            // bm25: lower is better; a match in the title counts five times one in the text.
            var hits = db.Database.SqlQuery<FtsHit>(
                $"SELECT rowid AS DocId, bm25(SearchFts, 5.0, 1.0) AS Rank FROM SearchFts WHERE SearchFts MATCH {terms.Fts5Match()}");
            ranked = hits.Join(visible, h => h.DocId, d => d.Id, (h, d) => new Row { Doc = d, Rank = h.Rank });
        }
        else if (options.SqlServerFullText)
        {
            var condition = terms.ContainsCondition();
            ranked = visible.Where(d => EF.Functions.Contains(d.Title, condition) || EF.Functions.Contains(d.Text, condition))
                .Select(d => new Row { Doc = d, Rank = 0 });
        }
        else
        {
            // SqlServerLikeFallback: for a server without full-text search; every word somewhere in the title or text.
            var matching = visible;
            foreach (var word in terms.Words)
            {
                var pattern = TextSearch.ContainsPattern(word);
                matching = matching.Where(d => EF.Functions.Like(d.Title, pattern, TextSearch.Escape) || EF.Functions.Like(d.Text, pattern, TextSearch.Escape));
            }
            ranked = matching.Select(d => new Row { Doc = d, Rank = 0 });
        }
        var page = await ranked.OrderBy(r => r.Rank).ThenByDescending(r => r.Doc.At).ThenBy(r => r.Doc.Id)
            .Select(r => new
            {
                r.Doc.Kind, r.Doc.EntityId, r.Doc.Title, r.Doc.Text, r.Doc.BodyId, r.Doc.MeetingId, r.Doc.At,
                BodyName = db.Bodies.Where(b => b.Id == r.Doc.BodyId).Select(b => b.Name).FirstOrDefault(),
                Meeting = db.Meetings.Where(m => m.Id == r.Doc.MeetingId).Select(m => new { m.Title, m.StartsAtLocal }).FirstOrDefault(),
            })
            .ToPageAsync(paging, ct, DefaultPageSize);
        return page.Select(r =>
        {
            var snippet = terms.Snippet(r.Text);
            return new SearchHit(r.Kind, r.Kind == SearchKind.Minutes ? r.MeetingId!.Value : r.EntityId, r.Title, terms.Matches(r.Title),
                snippet?.Text, snippet?.Matches ?? [], r.BodyId is { } b && r.BodyName is { } name ? new NamedRef(b, name) : null,
                r.MeetingId, r.Meeting?.Title, r.At ?? r.Meeting?.StartsAtLocal);
        });
    }

    sealed class FtsHit
    {
        public long DocId { get; init; }
        public double Rank { get; init; }
    }
}

/// <summary>Bound from <c>Search:*</c>. On SQL Server the full-text index is used unless the server has no full-text
/// search (then set SqlServerFullText false: every word is looked for with LIKE, slower but the same results).</summary>
public sealed class SearchOptions
{
    public bool SqlServerFullText { get; set; } = true;
}

public static class SearchRegistration
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection("Search").Get<SearchOptions>() ?? new SearchOptions());
        return builder;
    }
}
