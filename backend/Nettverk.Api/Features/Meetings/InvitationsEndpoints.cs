using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>Answers: in the app by the invitee, by the secretariat on someone's behalf, and deputies called in by hand.</summary>
public static class InvitationsEndpoints
{
    public static IEndpointRouteBuilder MapInvitationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id:guid}").WithTags("Invitations").RequireAuthorization();
        group.MapPost("/answer", AnswerMine).WithName("answerInvitation").ProducesRuleConflict(AnswerRules);
        group.MapPost("/invitations/{invitationId:guid}/answer", AnswerOnBehalf).WithName("answerOnBehalf").ProducesRuleConflict(AnswerRules);
        group.MapPost("/call-deputy", CallDeputy).WithName("callDeputy").ProducesRuleConflict("meeting_not_called", "no_deputy_left", "already_invited");
        return app;
    }

    /// <summary>What recording an answer can refuse (<see cref="MeetingInvitations.RespondAsync"/>, the deputy it calls in),
    /// wherever the answer comes from: the app, the secretariat, the e-mail link or a calendar reply.</summary>
    internal static readonly string[] AnswerRules = ["meeting_cancelled", "meeting_past", "invitation_withdrawn", "already_invited"];

    static async Task<Results<Ok<MeetingDetails>, NotFoundProblem, ValidationProblem>> AnswerMine(Guid id, AnswerRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, MeetingInvitations invitations, CancellationToken ct)
    {
        var (meeting, access) = await MeetingsEndpoints.LoadAsync(db, permissions, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        var personId = await user.PersonIdAsync(ct);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.MeetingId == id && i.PersonId == personId, ct);
        if (invitation is null) return Problems.NotFound("Your invitation");
        await invitations.RespondAsync(meeting, invitation, request.Answer, request.Comment, user.Email!, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MeetingReads.DetailsAsync(db, meeting, access!, personId, ct));
    }

    static async Task<Results<Ok<MeetingDetails>, AccessRefusal, NotFoundProblem, ValidationProblem>> AnswerOnBehalf(Guid id, Guid invitationId,
        AnswerRequest request, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, MeetingInvitations invitations, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingsEndpoints.LoadForSecretariatAsync(db, permissions, id, ct);
        if (refused is not null) return refused;
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.MeetingId == id, ct);
        if (invitation is null) return Problems.NotFound("The invitation");
        await invitations.RespondAsync(meeting!, invitation, request.Answer, request.Comment, $"{user.Email} (for {invitation.PersonId})", ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MeetingReads.DetailsAsync(db, meeting!, await permissions.ForBodyAsync(meeting!.BodyId, ct), await user.PersonIdAsync(ct), ct));
    }

    static async Task<Results<Ok<MeetingDetails>, AccessRefusal, ConflictProblem, ValidationProblem>> CallDeputy(Guid id, CallDeputyRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, MeetingInvitations invitations, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingsEndpoints.LoadForSecretariatAsync(db, permissions, id, ct);
        if (refused is not null) return refused;
        if (meeting!.Status != MeetingStatus.Called) return Problems.Conflict("meeting_not_called", "Call the meeting first.");
        if (!await db.Seats.AnyAsync(s => s.Id == request.SeatId && s.BodyId == meeting.BodyId, ct))
            return Problems.Field("seatId", ErrorCodes.SeatNotOfBody, "The seat does not belong to this body.");
        var called = await invitations.CallDeputyAsync(meeting, request.SeatId, request.PersonId, ct);
        if (called is null) return Problems.Conflict("no_deputy_left", "Every deputy for the seat has been asked.");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MeetingReads.DetailsAsync(db, meeting, await permissions.ForBodyAsync(meeting.BodyId, ct), await user.PersonIdAsync(ct), ct));
    }
}
