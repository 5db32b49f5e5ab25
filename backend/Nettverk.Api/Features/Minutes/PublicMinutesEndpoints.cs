using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Minutes;

/// <summary>Published minutes of public bodies, for anyone, without signing in: the latest public revision with what
/// is not public left out. Anything else answers 404, as if it did not exist.</summary>
public static class PublicMinutesEndpoints
{
    public static IEndpointRouteBuilder MapPublicMinutesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public").WithTags("Public").AllowAnonymous();
        group.MapGet("/meetings/{meetingId:guid}/minutes", GetPublicMinutes).WithName("getPublicMinutes");
        group.MapGet("/bodies/{bodyId:guid}/minutes", ListPublicMinutes).WithName("listPublicMinutes");
        return app;
    }

    static async Task<Results<Ok<PublicMinutesDto>, NotFoundProblem>> GetPublicMinutes(Guid meetingId, NettverkDbContext db, CancellationToken ct)
    {
        var minutes = await MinutesReads.PublicAsync(db, meetingId, ct);
        return minutes is null ? Problems.NotFound("The minutes") : TypedResults.Ok(minutes);
    }

    static async Task<Results<Ok<Page<PublicMinutesSummary>>, NotFoundProblem>> ListPublicMinutes(Guid bodyId,
        [AsParameters] PageQuery paging, NettverkDbContext db, CancellationToken ct)
    {
        if (!await db.Bodies.AnyAsync(b => b.Id == bodyId && b.IsPublic && b.ArchivedAt == null, ct)) return Problems.NotFound("The body");
        // The newest revision of each meeting's minutes (by the MinutesId, Revision index), when it is public; newest meeting
        // first, its id breaking ties.
        return TypedResults.Ok(await db.PublishedMinutes.AsNoTracking()
            .Where(p => p.BodyId == bodyId && p.IsPublic
                && !db.PublishedMinutes.Any(newer => newer.MinutesId == p.MinutesId && newer.Revision > p.Revision))
            .Join(db.Meetings, p => p.MeetingId, m => m.Id, (p, m) => new { p.MeetingId, p.Revision, p.PublishedAt, m.Title, m.StartsAtLocal })
            .OrderByDescending(r => r.StartsAtLocal).ThenByDescending(r => r.MeetingId)
            .Select(r => new PublicMinutesSummary(r.MeetingId, r.Title, r.StartsAtLocal, r.Revision, r.PublishedAt))
            .ToPageAsync(paging, ct));
    }
}
