using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Start;

/// <summary>The start page, "Til meg": what needs the signed-in person across all their bodies, within what they may read.</summary>
public static class StartEndpoints
{
    public static IEndpointRouteBuilder MapStartEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/start", GetStart).WithName("getStart").WithTags("Start").RequireAuthorization()
            .WithSummary("What needs me: the start page")
            .WithDescription("The sections that have entries, in priority order, each with its total and its first "
                + $"{StartQueries.SectionSize} entries; `kind` says what an entry is and which ids it carries: Invitation (answer it), "
                + "PapersDue (an item I present has no papers), MinutesReview (comment by `dueOn`), ActionItem (overdue or due "
                + $"within {StartQueries.ActionItemDaysAhead} days), NominationToDecide (secretariat), NominationPending (my organisation's). "
                + "Later kinds (input rounds, hearings, reports) are added to the same list: show an unknown kind as a link to its "
                + $"body. Then my next {StartQueries.NextMeetingsSize} meetings.");
        return app;
    }

    static async Task<Ok<StartPage>> GetStart(NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var caller = await permissions.CallerAsync(ct);
        if (caller.PersonId is not { } me) return TypedResults.Ok(new StartPage([], []));
        var queries = new StartQueries(db, caller, user.IsAdministrator, clock.GetUtcNow().UtcDateTime, OsloTime.Today(clock));
        return TypedResults.Ok(await queries.ReadAsync(me, ct));
    }
}
