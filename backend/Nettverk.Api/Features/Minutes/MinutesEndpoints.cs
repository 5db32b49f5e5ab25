using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Minutes;

/// <summary>The minutes of a meeting. The secretariat writes them; on review the seat holders read and comment; approved
/// and published minutes are read by everyone with a role in the body. Every change names the version it started from
/// and is refused with 409 and the current minutes when someone else saved first.</summary>
public static class MinutesEndpoints
{
    public static IEndpointRouteBuilder MapMinutesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id:guid}/minutes").WithTags("Minutes").RequireAuthorization();
        group.MapGet("/", GetMinutes).WithName("getMinutes");
        group.MapPost("/", StartMinutes).WithName("startMinutes").ProducesRuleConflict("minutes_exist", "meeting_cancelled", "meeting_not_started");
        group.MapPut("/", SaveMinutes).WithName("saveMinutes").ProducesRuleConflict(Stale, "minutes_not_draft");
        group.MapPost("/review", SendForReview).WithName("sendMinutesForReview").ProducesRuleConflict(Stale, "minutes_not_draft");
        group.MapPost("/reopen", Reopen).WithName("reopenMinutes").ProducesRuleConflict(Stale, "minutes_not_on_review");
        group.MapPost("/approve", Approve).WithName("approveMinutes").ProducesRuleConflict(Stale, "minutes_not_approvable");
        group.MapPost("/publish", Publish).WithName("publishMinutes").ProducesRuleConflict(Stale, "minutes_not_approved");
        group.MapPost("/correction", StartCorrection).WithName("correctMinutes").ProducesRuleConflict(Stale, "minutes_not_published");
        group.MapPost("/comments", Comment).WithName("commentOnMinutes").ProducesRuleConflict("minutes_not_open_for_comments");
        group.MapGet("/revisions/{revision:int}", GetRevision).WithName("getPublishedMinutes");
        return app;
    }

    static async Task<Results<Ok<MinutesDto>, NotFoundProblem>> GetMinutes(Guid id, NettverkDbContext db, BodyPermissions permissions,
        TimeProvider clock, CancellationToken ct) =>
        await ReadAsync(db, permissions, clock, id, null, ct) is { } minutes ? TypedResults.Ok(minutes) : Problems.NotFound("The minutes");

    static async Task<Results<Ok<MinutesDto>, NotFoundProblem>> GetRevision(Guid id, int revision, NettverkDbContext db,
        BodyPermissions permissions, TimeProvider clock, CancellationToken ct) =>
        await ReadAsync(db, permissions, clock, id, revision, ct) is { } minutes ? TypedResults.Ok(minutes) : Problems.NotFound("The revision");

    /// <summary>The minutes as this caller may read them: a published revision when asked for one; else the working copy
    /// where their role allows it, or, while a correction is drafted, the last published revision. Null: nothing to read.</summary>
    internal static async Task<MinutesDto?> ReadAsync(NettverkDbContext db, BodyPermissions permissions, TimeProvider clock, Guid meetingId,
        int? revision, CancellationToken ct)
    {
        var (meeting, access) = await MeetingAccess.ForViewAsync(db, permissions, meetingId, ct);
        if (meeting is null) return null;
        var published = db.PublishedMinutes.AsNoTracking().Where(p => p.MeetingId == meetingId);
        if (revision is { } wanted)
            return await published.FirstOrDefaultAsync(p => p.Revision == wanted, ct) is { } frozen ? MinutesWorkflow.ReadSnapshot(frozen) : null;
        var minutes = await LoadAsync(db, meetingId, ct);
        if (minutes is null) return null;
        if (CanRead(minutes, access!)) return await DetailsAsync(db, minutes, access!, clock, ct);
        var latest = await published.OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ct);
        return latest is null ? null : MinutesWorkflow.ReadSnapshot(latest);
    }

    static async Task<Results<Created<MinutesDto>, AccessRefusal, ConflictProblem>> StartMinutes(Guid id, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, MinutesDrafting drafting, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForSecretariatAsync(db, permissions, id, ct);
        if (refused is not null) return refused;
        if (await db.Minutes.AnyAsync(m => m.MeetingId == id, ct)) return Problems.Conflict("minutes_exist", "The meeting already has minutes.");
        var minutes = await drafting.StartAsync(meeting!, user.Email!, ct);
        await db.SaveChangesAsync(ct);
        var access = await permissions.ForBodyAsync(meeting!.BodyId, ct);
        return TypedResults.Created($"/api/meetings/{id}/minutes", await DetailsAsync(db, minutes, access, clock, ct));
    }

    static Task<Results<Ok<MinutesDto>, AccessRefusal, NotFoundProblem, MinutesConflict, ValidationProblem>> SaveMinutes(Guid id, SaveMinutesRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, MinutesDrafting drafting, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, request.Version, db, permissions, clock, ct, async minutes =>
        {
            minutes.CoverAgenda(await db.AgendaItems.Where(i => i.MeetingId == id).ToListAsync(ct));
            await drafting.SaveAsync(minutes, request, user.Email!, ct);
        });

    static Task<Results<Ok<MinutesDto>, AccessRefusal, NotFoundProblem, MinutesConflict, ValidationProblem>> SendForReview(Guid id, SendForReviewRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, MinutesWorkflow workflow, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, request.Version, db, permissions, clock, ct,
            minutes => workflow.SendForReviewAsync(minutes, request.Deadline, request.Message, user.Email!, ct));

    static Task<Results<Ok<MinutesDto>, AccessRefusal, NotFoundProblem, MinutesConflict, ValidationProblem>> Reopen(Guid id, MinutesVersionRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, request.Version, db, permissions, clock, ct, minutes =>
        {
            minutes.Reopen(clock.GetUtcNow().UtcDateTime, user.Email!);
            return Task.CompletedTask;
        });

    static Task<Results<Ok<MinutesDto>, AccessRefusal, NotFoundProblem, MinutesConflict, ValidationProblem>> Approve(Guid id, ApproveMinutesRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, MinutesWorkflow workflow, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, request.Version, db, permissions, clock, ct,
            minutes => workflow.ApproveAsync(minutes, request.Note, request.ApprovedAtMeetingId, user.Email!, ct));

    static Task<Results<Ok<MinutesDto>, AccessRefusal, NotFoundProblem, MinutesConflict, ValidationProblem>> Publish(Guid id, MinutesVersionRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, MinutesWorkflow workflow, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, request.Version, db, permissions, clock, ct, minutes => workflow.PublishAsync(minutes, user.Email!, ct));

    static Task<Results<Ok<MinutesDto>, AccessRefusal, NotFoundProblem, MinutesConflict, ValidationProblem>> StartCorrection(Guid id, CorrectionRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, request.Version, db, permissions, clock, ct, minutes =>
        {
            minutes.StartCorrection(request.Reason, clock.GetUtcNow().UtcDateTime, user.Email!);
            return Task.CompletedTask;
        });

    static async Task<Results<Ok<MinutesDto>, NotFoundProblem, ForbiddenProblem, ConflictProblem, ValidationProblem>> Comment(Guid id, MinutesCommentRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, access) = await MeetingAccess.ForViewAsync(db, permissions, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        var minutes = await LoadAsync(db, id, ct);
        if (minutes is null || !CanRead(minutes, access!)) return Problems.NotFound("The minutes");
        if (!access!.Has(BodyRole.SeatHolder) && !access.CanManage) return Problems.Forbidden("Only the body's members comment on its minutes.");
        if (!minutes.AcceptsComments(Calendar.OsloTime.Today(clock)))
            return Problems.Conflict("minutes_not_open_for_comments", "The minutes are not open for comments (not on review, or the deadline has passed).");
        if (request.EntryId is { } entryId && minutes.Entries.All(e => e.Id != entryId))
            return Problems.Field("entryId", ErrorCodes.EntryNotInMinutes, "The entry is not part of these minutes.");
        var personId = await user.PersonIdAsync(ct);
        var author = await db.People.Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? user.Email!;
        db.MinutesComments.Add(new MinutesComment(minutes, request.EntryId, personId, author, request.Text, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DetailsAsync(db, minutes, access, clock, ct));
    }

    /// <summary>The secretariat's changes: load, check the version the caller saw, change, save; a save that loses a race
    /// with another is refused like a stale version, and nothing of it is kept.</summary>
    static async Task<Results<Ok<MinutesDto>, AccessRefusal, NotFoundProblem, MinutesConflict, ValidationProblem>> ChangeAsync(Guid id, int version, NettverkDbContext db,
        BodyPermissions permissions, TimeProvider clock, CancellationToken ct, Func<Minutes, Task> change)
    {
        var (meeting, refused) = await MeetingAccess.ForSecretariatAsync(db, permissions, id, ct);
        if (refused is not null) return refused;
        var access = await permissions.ForBodyAsync(meeting!.BodyId, ct);
        var minutes = await LoadAsync(db, id, ct);
        if (minutes is null) return Problems.NotFound("The minutes");
        if (minutes.Version != version) return await ConflictAsync(db, minutes, access, clock, ct);
        await change(minutes);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(db, (await LoadAsync(db, id, ct))!, access, clock, ct);
        }
        return TypedResults.Ok(await DetailsAsync(db, minutes, access, clock, ct));
    }

    /// <summary>The code of a change made to a stale version (<see cref="ConflictAsync"/>).</summary>
    const string Stale = "minutes_conflict";

    static async Task<MinutesConflict> ConflictAsync(NettverkDbContext db, Minutes current, BodyAccess access, TimeProvider clock, CancellationToken ct) =>
        new(TypedResults.Problem(statusCode: 409, title: "Someone else changed the minutes first.",
            detail: $"The minutes are at version {current.Version}. Your changes were not saved; merge them into the current version.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = "minutes_conflict",
                ["currentVersion"] = current.Version,
                ["current"] = await DetailsAsync(db, current, access, clock, ct),
            }));

    internal static Task<Minutes?> LoadAsync(NettverkDbContext db, Guid meetingId, CancellationToken ct) =>
        db.Minutes.Include(m => m.Entries).Include(m => m.Attendees).AsSplitQuery().FirstOrDefaultAsync(m => m.MeetingId == meetingId, ct);

    /// <summary>The working copy: the secretariat always; seat holders while on review; everyone in the body once approved.</summary>
    internal static bool CanRead(Minutes m, BodyAccess access) => access.CanManage || m.Status switch
    {
        MinutesStatus.OnReview => access.Has(BodyRole.SeatHolder),
        MinutesStatus.Approved or MinutesStatus.Published => access.CanView,
        _ => false,
    };

    internal static Task<MinutesDto> DetailsAsync(NettverkDbContext db, Minutes minutes, BodyAccess access, TimeProvider clock, CancellationToken ct) =>
        MinutesReads.DetailsAsync(db, minutes, access,
            (access.Has(BodyRole.SeatHolder) || access.CanManage) && minutes.AcceptsComments(Calendar.OsloTime.Today(clock)), clock, ct);
}
