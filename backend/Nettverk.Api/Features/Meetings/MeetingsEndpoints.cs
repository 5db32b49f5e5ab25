using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Common;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>Meetings: anyone with a role in the body reads them; its secretariat creates, changes, calls and cancels
/// them. Calling, changing and cancelling send the invitations, updates and cancellations in the same transaction.</summary>
public static class MeetingsEndpoints
{
    public static IEndpointRouteBuilder MapMeetingsEndpoints(this IEndpointRouteBuilder app)
    {
        var body = app.MapGroup("/api/bodies/{bodyId:guid}/meetings").WithTags("Meetings").RequireAuthorization();
        body.MapGet("/", ListMeetings).WithName("listMeetings");
        body.MapPost("/", CreateMeeting).WithName("createMeeting");

        var meeting = app.MapGroup("/api/meetings/{id:guid}").WithTags("Meetings").RequireAuthorization();
        meeting.MapGet("/", GetMeeting).WithName("getMeeting");
        meeting.MapPut("/", UpdateMeeting).WithName("updateMeeting").ProducesRuleConflict("meeting_past", "meeting_cancelled", ProblemExceptionHandler.ConcurrencyConflict);
        meeting.MapPost("/call", CallMeeting).WithName("callMeeting").ProducesRuleConflict("meeting_past", "meeting_cancelled", ProblemExceptionHandler.ConcurrencyConflict);
        meeting.MapPost("/cancel", CancelMeeting).WithName("cancelMeeting").ProducesRuleConflict("meeting_cancelled", "meeting_past", ProblemExceptionHandler.ConcurrencyConflict);

        app.MapGet("/api/me/meetings", MyMeetings).WithName("listMyMeetings").WithTags("Meetings").RequireAuthorization();
        return app;
    }

    /// <summary>The body's meetings in time order: of a year, or from a time on (Oslo time; e.g. the meetings after one).</summary>
    static async Task<Results<Ok<Page<MeetingSummary>>, NotFoundProblem>> ListMeetings(Guid bodyId, int? year,
        [FromQuery(Name = "from")] DateTime? startsFrom, [AsParameters] PageQuery paging, NettverkDbContext db, BodyPermissions permissions,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (!(await permissions.ForBodyAsync(bodyId, ct)).CanView) return Problems.NotFound("The body");
        var query = db.Meetings.Where(m => m.BodyId == bodyId);
        if (year is { } y)
        {
            var from = new DateTime(y, 1, 1);
            var to = from.AddYears(1);
            query = query.Where(m => m.StartsAtLocal >= from && m.StartsAtLocal < to);
        }
        if (startsFrom is { } start) query = query.Where(m => m.StartsAtLocal >= start);
        return TypedResults.Ok(await MeetingReads.SummaryPageAsync(db, query, await user.PersonIdAsync(ct), paging, clock, ct));
    }

    static async Task<Ok<Page<MeetingSummary>>> MyMeetings(bool? includePast, [AsParameters] PageQuery paging,
        NettverkDbContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var personId = await user.PersonIdAsync(ct);
        var since = includePast == true ? DateTime.MinValue : clock.GetUtcNow().UtcDateTime.AddDays(-1);
        // From the person's invitations (indexed by person) to their meetings, not every meeting checked for an invitation.
        var mine = db.Invitations.Where(i => i.PersonId == personId && i.Active).Select(i => i.MeetingId);
        var query = db.Meetings.Where(m => mine.Contains(m.Id) && m.Status != MeetingStatus.Planned && m.EndsAtUtc >= since);
        return TypedResults.Ok(await MeetingReads.SummaryPageAsync(db, query, personId, paging, clock, ct));
    }

    static async Task<Results<Created<MeetingDetails>, NotFoundProblem, ForbiddenProblem, ValidationProblem>> CreateMeeting(Guid bodyId,
        MeetingInput input, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        if (!access.CanManage) return Problems.Forbidden("Only the body's secretariat plans its meetings.");
        var meeting = new Meeting(bodyId, input.Title, input.StartsAt, input.EndsAt, input.Format, input.Location, input.VideoUrl, input.IsOpen);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/meetings/{meeting.Id}", await MeetingReads.DetailsAsync(db, meeting, access, await user.PersonIdAsync(ct), clock, ct));
    }

    static async Task<Results<Ok<MeetingDetails>, NotFoundProblem>> GetMeeting(Guid id, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, access) = await MeetingAccess.ForViewAsync(db, permissions, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        return TypedResults.Ok(await MeetingReads.DetailsAsync(db, meeting, access!, await user.PersonIdAsync(ct), clock, ct));
    }

    static async Task<Results<Ok<MeetingDetails>, AccessRefusal, ValidationProblem>> UpdateMeeting(Guid id, MeetingInput input,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, InvitationMailComposer mail, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForSecretariatAsync(db, permissions, id, ct, withInvitations: true);
        if (refused is not null) return refused;
        var updates = meeting!.Change(input.Title, input.StartsAt, input.EndsAt, input.Format, input.Location, input.VideoUrl, input.IsOpen,
            clock.GetUtcNow().UtcDateTime);
        await mail.EnqueueAsync(meeting, updates, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MeetingReads.ForCallerAsync(db, permissions, user, meeting, clock, ct));
    }

    /// <summary>Publishes the agenda and calls the meeting: invitations go to every seat holder. Called again after the
    /// agenda changed, it sends everyone the updated agenda (a new SEQUENCE).</summary>
    static async Task<Results<Ok<MeetingDetails>, AccessRefusal, ValidationProblem>> CallMeeting(Guid id, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, InvitationMailComposer mail, IOptions<MailOptions> mailOptions, TimeProvider clock,
        CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForSecretariatAsync(db, permissions, id, ct, withInvitations: true);
        if (refused is not null) return refused;
        var seats = await MeetingSeats.ToInviteAsync(db, meeting!.BodyId, ct);
        var invitations = meeting.Call(seats, mailOptions.Value.MessageIdDomain, clock.GetUtcNow().UtcDateTime);
        await mail.EnqueueAsync(meeting, invitations, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MeetingReads.ForCallerAsync(db, permissions, user, meeting, clock, ct));
    }

    static async Task<Results<Ok<MeetingDetails>, AccessRefusal, ValidationProblem>> CancelMeeting(Guid id, CancelMeetingRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, InvitationMailComposer mail, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForSecretariatAsync(db, permissions, id, ct, withInvitations: true);
        if (refused is not null) return refused;
        var cancellations = meeting!.Cancel(request.Reason, clock.GetUtcNow().UtcDateTime);
        await mail.EnqueueAsync(meeting, cancellations, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MeetingReads.ForCallerAsync(db, permissions, user, meeting, clock, ct));
    }
}
