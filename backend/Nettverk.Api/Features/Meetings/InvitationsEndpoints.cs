using Microsoft.AspNetCore.Http.HttpResults;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>Answers: in the app by the invitee, by the secretariat on someone's behalf, and deputies called in by hand.</summary>
public static class InvitationsEndpoints
{
    public static IEndpointRouteBuilder MapInvitationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id:guid}").WithTags("Invitations").RequireAuthorization();
        group.MapPost("/answer", AnswerMine).WithName("answerInvitation").ProducesRuleConflict(ConcurrentAnswers.Refusals);
        group.MapPost("/invitations/{invitationId:guid}/answer", AnswerOnBehalf).WithName("answerOnBehalf").ProducesRuleConflict(ConcurrentAnswers.Refusals);
        group.MapPost("/call-deputy", CallDeputy).WithName("callDeputy").ProducesRuleConflict("meeting_not_called", "no_deputy_left",
            "already_invited", "meeting_past", "meeting_cancelled", ProblemExceptionHandler.ConcurrencyConflict);
        return app;
    }

    static Task<Results<Ok<MeetingDetails>, NotFoundProblem, ValidationProblem>> AnswerMine(Guid id, AnswerRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, InvitationMailComposer mail, TimeProvider clock, CancellationToken ct) =>
        ConcurrentAnswers.RecordAsync<Results<Ok<MeetingDetails>, NotFoundProblem, ValidationProblem>>(db, async () =>
        {
            var (meeting, access) = await MeetingAccess.ForViewAsync(db, permissions, id, ct, withInvitations: true);
            if (meeting is null) return Problems.NotFound("The meeting");
            var personId = await user.PersonIdAsync(ct);
            var invitation = meeting.Invitations.FirstOrDefault(i => i.PersonId == personId);
            if (invitation is null) return Problems.NotFound("Your invitation");
            var seat = await MeetingSeats.WithDeputiesAsync(db, invitation.SeatId, ct);
            await mail.EnqueueAsync(meeting, meeting.Respond(invitation, request.Answer, request.Comment, user.Email!, seat,
                clock.GetUtcNow().UtcDateTime), ct);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await MeetingReads.DetailsAsync(db, meeting, access!, personId, clock, ct));
        });

    static Task<Results<Ok<MeetingDetails>, AccessRefusal, NotFoundProblem, ValidationProblem>> AnswerOnBehalf(Guid id, Guid invitationId,
        AnswerRequest request, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, InvitationMailComposer mail,
        TimeProvider clock, CancellationToken ct) =>
        ConcurrentAnswers.RecordAsync<Results<Ok<MeetingDetails>, AccessRefusal, NotFoundProblem, ValidationProblem>>(db, async () =>
        {
            var (meeting, refused) = await MeetingAccess.ForSecretariatAsync(db, permissions, id, ct, withInvitations: true);
            if (refused is not null) return refused;
            var invitation = meeting!.Invitations.FirstOrDefault(i => i.Id == invitationId);
            if (invitation is null) return Problems.NotFound("The invitation");
            var seat = await MeetingSeats.WithDeputiesAsync(db, invitation.SeatId, ct);
            await mail.EnqueueAsync(meeting, meeting.Respond(invitation, request.Answer, request.Comment, $"{user.Email} (for {invitation.PersonId})",
                seat, clock.GetUtcNow().UtcDateTime), ct);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await MeetingReads.ForCallerAsync(db, permissions, user, meeting, clock, ct));
        });

    /// <summary>The secretariat's own command: one that loses a race with an answer is refused (409 concurrency_conflict)
    /// rather than run again, since the answer may have called the deputy it meant to call.</summary>
    static async Task<Results<Ok<MeetingDetails>, AccessRefusal, ValidationProblem>> CallDeputy(Guid id, CallDeputyRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, InvitationMailComposer mail, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForSecretariatAsync(db, permissions, id, ct, withInvitations: true);
        if (refused is not null) return refused;
        var seat = await MeetingSeats.WithDeputiesAsync(db, request.SeatId, ct);
        await mail.EnqueueAsync(meeting!, meeting!.CallDeputy(seat, request.PersonId, clock.GetUtcNow().UtcDateTime), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MeetingReads.ForCallerAsync(db, permissions, user, meeting, clock, ct));
    }
}
