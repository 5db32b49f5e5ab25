using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>The year's meeting plan: generated from the body's rules, edited as a draft, adopted into meetings.</summary>
public static class MeetingPlansEndpoints
{
    public static IEndpointRouteBuilder MapMeetingPlansEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bodies/{bodyId:guid}/meeting-plans").WithTags("Meeting plans").RequireAuthorization();
        group.MapGet("/{year:int}", GetPlan).WithName("getMeetingPlan");
        group.MapPost("/", CreatePlan).WithName("createMeetingPlan").ProducesRuleConflict("plan_exists");
        group.MapPut("/{year:int}/proposals", ReplaceProposals).WithName("replaceMeetingPlanProposals").ProducesRuleConflict("plan_adopted");
        group.MapPost("/{year:int}/adopt", AdoptPlan).WithName("adoptMeetingPlan").ProducesRuleConflict("plan_adopted");
        return app;
    }

    static async Task<Results<Ok<MeetingPlanDto>, NotFoundProblem>> GetPlan(Guid bodyId, int year, NettverkDbContext db,
        BodyPermissions permissions, CancellationToken ct)
    {
        if (!(await permissions.ForBodyAsync(bodyId, ct)).CanView) return Problems.NotFound("The body");
        var plan = await db.MeetingPlans.AsNoTracking().Include(p => p.Proposals).FirstOrDefaultAsync(p => p.BodyId == bodyId && p.Year == year, ct);
        return plan is null ? Problems.NotFound("The meeting plan") : TypedResults.Ok(Dto(plan));
    }

    static async Task<Results<Created<MeetingPlanDto>, AccessRefusal, ConflictProblem, ValidationProblem>> CreatePlan(Guid bodyId, CreatePlanRequest request,
        NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (await ManageAsync(permissions, bodyId, ct) is { } refused) return refused;
        if (await db.MeetingPlans.AnyAsync(p => p.BodyId == bodyId && p.Year == request.Year, ct))
            return Problems.Conflict("plan_exists", $"There is already a plan for {request.Year}.");
        var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == bodyId, ct);
        var plan = MeetingPlan.Generate(body, request.Year);
        db.MeetingPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/bodies/{bodyId}/meeting-plans/{plan.Year}", Dto(plan));
    }

    static async Task<Results<Ok<MeetingPlanDto>, AccessRefusal, NotFoundProblem, ValidationProblem>> ReplaceProposals(Guid bodyId, int year,
        ReplaceProposalsRequest request, NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (await ManageAsync(permissions, bodyId, ct) is { } refused) return refused;
        var plan = await db.MeetingPlans.Include(p => p.Proposals).FirstOrDefaultAsync(p => p.BodyId == bodyId && p.Year == year, ct);
        if (plan is null) return Problems.NotFound("The meeting plan");
        var old = plan.Proposals.ToList();
        plan.Replace(request.Proposals.Select(p => new PlannedMeeting(plan.Id, p.Date, p.StartsAt, p.EndsAt, p.Format, p.Location, p.VideoUrl, p.IsOpen)));
        db.RemoveRange(old);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Dto(plan));
    }

    /// <summary>Adopting creates one meeting per proposal, in the same transaction as the plan's new status.</summary>
    static async Task<Results<Ok<List<MeetingSummary>>, AccessRefusal, NotFoundProblem, ValidationProblem>> AdoptPlan(Guid bodyId, int year,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (await ManageAsync(permissions, bodyId, ct) is { } refused) return refused;
        var plan = await db.MeetingPlans.Include(p => p.Proposals).FirstOrDefaultAsync(p => p.BodyId == bodyId && p.Year == year, ct);
        if (plan is null) return Problems.NotFound("The meeting plan");
        plan.Adopt(clock.GetUtcNow().UtcDateTime);
        var ids = new List<Guid>();
        foreach (var p in plan.Proposals.OrderBy(p => p.Date).ThenBy(p => p.StartsAt))
        {
            var meeting = new Meeting(bodyId, p.IsOpen ? "Åpent møte" : "Møte", p.Date.ToDateTime(p.StartsAt),
                p.Date.ToDateTime(p.EndsAt), p.Format, p.Location, p.VideoUrl, p.IsOpen);
            db.Meetings.Add(meeting);
            ids.Add(meeting.Id);
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MeetingReads.SummariesAsync(db, db.Meetings.Where(m => ids.Contains(m.Id)), await user.PersonIdAsync(ct), clock, ct));
    }

    static MeetingPlanDto Dto(MeetingPlan plan) => new(plan.Id, plan.BodyId, plan.Year, plan.Status, plan.AdoptedAt,
        plan.Proposals.OrderBy(p => p.Date).ThenBy(p => p.StartsAt)
            .Select(p => new PlannedMeetingDto(p.Date, p.StartsAt, p.EndsAt, p.Format, p.Location, p.VideoUrl, p.IsOpen)).ToList());

    static async Task<AccessRefusal?> ManageAsync(BodyPermissions permissions, Guid bodyId, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        return access.CanManage ? null : Problems.Forbidden("Only the body's secretariat plans its meetings.");
    }
}
