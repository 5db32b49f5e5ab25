using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Nettverk.Api.Common;

/// <summary>One page of a list: its items, how many the whole selection holds, and which page of what size this is (as
/// the server applied it, so a client that sent no size learns the default).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

/// <summary>The query parameters every list takes (bound with <c>[AsParameters]</c>). Offset pages with a total: the lists
/// a person pages through here are bounded by a body or a person (thousands of rows at most), and "page 3 of 12" with a
/// jump to any page is what the SPA shows. Ranges are checked by <see cref="RequestBoundary"/> before the handler runs,
/// so an out-of-range value answers 400 naming the field.</summary>
public readonly record struct PageQuery(
    [property: FromQuery(Name = "page"), Range(1, Paging.MaxPage), Description("The page, from 1 (default 1). A page past the end answers no items with the total.")]
    int? Page,
    [property: FromQuery(Name = "pageSize"), Range(1, Paging.MaxSize), Description("Items per page, 1–200 (default 50; a body's memberships 200).")]
    int? PageSize) : IEndpointParameterMetadataProvider
{
    /// <summary>The boundary's 400 for an out-of-range page or size, declared on every list so the client types it.</summary>
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails),
            ["application/problem+json"]));

    public int Number => Page ?? 1;
    public int SizeOr(int defaultSize) => PageSize ?? defaultSize;
}

public static class Paging
{
    public const int DefaultSize = 50, MaxSize = 200;
    /// <summary>Far beyond any list here, and small enough that (page − 1) × size never overflows.</summary>
    public const int MaxPage = RequestBoundary.MaxCount;

    /// <summary>One COUNT and the page's rows: the query must be ordered by a unique key (e.g. StartsAt then Id) so that
    /// pages neither repeat nor skip rows. Always two statements, whether or not the page is empty.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageQuery paging, CancellationToken ct,
        int defaultSize = DefaultSize)
    {
        var size = paging.SizeOr(defaultSize);
        var skip = (paging.Number - 1) * size;
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip(skip).Take(size).ToListAsync(ct);
        return new Page<T>(items, total, paging.Number, size);
    }

    /// <summary>A page of a list that had to be ordered in memory (by a collation the database lacks), for lists that are
    /// small by nature.</summary>
    public static Page<T> ToPage<T>(this IReadOnlyList<T> ordered, PageQuery paging, int defaultSize = DefaultSize)
    {
        var size = paging.SizeOr(defaultSize);
        return new Page<T>(ordered.Skip((paging.Number - 1) * size).Take(size).ToList(), ordered.Count, paging.Number, size);
    }

    /// <summary>The same page with each item turned into what the API shows.</summary>
    public static Page<TOut> Select<TIn, TOut>(this Page<TIn> page, Func<TIn, TOut> map) =>
        new(page.Items.Select(map).ToList(), page.Total, page.PageNumber, page.PageSize);

    /// <summary>The same page with its items turned into what the API shows all at once (when that needs a look-up of
    /// the page's ids).</summary>
    public static Page<TOut> With<TIn, TOut>(this Page<TIn> page, IReadOnlyList<TOut> items) =>
        new(items, page.Total, page.PageNumber, page.PageSize);
}
