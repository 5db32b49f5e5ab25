using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>The one-click answer from the e-mail: no sign-in, only the signed token that names one invitation.</summary>
public static class RsvpEndpoints
{
    public static IEndpointRouteBuilder MapRsvpEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rsvp").WithTags("Invitations").AllowAnonymous()
            .ProducesProblemCodes(StatusCodes.Status404NotFound, "rsvp_link_invalid");
        group.MapGet("/", ReadRsvp).WithName("readRsvp");
        group.MapPost("/", AnswerRsvp).WithName("answerRsvp").ProducesRuleConflict(ConcurrentAnswers.Refusals);
        return app;
    }

    /// <summary>What the link is for. Only reads: mail scanners open every link in a message (some run its scripts), so
    /// nothing is recorded until the person presses the confirm button (<see cref="AnswerRsvp"/>).</summary>
    static async Task<Results<Ok<RsvpLanding>, NotFoundProblem>> ReadRsvp(string? token, NettverkDbContext db, RsvpTokens tokens,
        TimeProvider clock, CancellationToken ct)
    {
        if (await FindAsync(db, tokens, token, ct) is not var (invitation, meeting)) return Invalid();
        return TypedResults.Ok(await LandingAsync(db, invitation, meeting, clock, ct));
    }

    static Task<Results<Ok<RsvpLanding>, NotFoundProblem, ValidationProblem>> AnswerRsvp(RsvpRequest request,
        NettverkDbContext db, RsvpTokens tokens, InvitationMailComposer mail, TimeProvider clock, CancellationToken ct) =>
        ConcurrentAnswers.RecordAsync<Results<Ok<RsvpLanding>, NotFoundProblem, ValidationProblem>>(db, async () =>
        {
            if (await FindAsync(db, tokens, request.Token, ct) is not var (invitation, meeting)) return Invalid();
            // The meeting's rules look across all its invitations (the deputy chain): the one already loaded joins them.
            await db.Entry(meeting).Collection(m => m.Invitations).LoadAsync(ct);
            var email = await db.People.Where(p => p.Id == invitation.PersonId).Select(p => p.Email).FirstAsync(ct);
            var seat = await MeetingSeats.WithDeputiesAsync(db, invitation.SeatId, ct);
            await mail.EnqueueAsync(meeting, meeting.Respond(invitation, request.Answer, request.Comment, $"{email} (lenke i e-post)", seat,
                clock.GetUtcNow().UtcDateTime), ct);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await LandingAsync(db, invitation, meeting, clock, ct));
        });

    /// <summary>The invitation and its meeting, if the token is ours and live for the meeting as it stands now.</summary>
    static async Task<(Invitation, Meeting)?> FindAsync(NettverkDbContext db, RsvpTokens tokens, string? token, CancellationToken ct)
    {
        if (tokens.Read(token) is not { } read) return null;
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == read.InvitationId, ct);
        if (invitation is null) return null;
        var meeting = await db.Meetings.FirstAsync(m => m.Id == invitation.MeetingId, ct);
        return tokens.IsLive(read, meeting.EndsAtUtc) ? (invitation, meeting) : null;
    }

    // One answer for a forged, expired or foreign token alike: nothing tells which it was.
    static NotFoundProblem Invalid() => new(TypedResults.Problem(statusCode: 404, title: "The link is not valid.",
        detail: "The link has expired or is not valid. Sign in to answer.", extensions: new Dictionary<string, object?> { ["code"] = "rsvp_link_invalid" }));

    static async Task<RsvpLanding> LandingAsync(NettverkDbContext db, Invitation invitation, Meeting m, TimeProvider clock, CancellationToken ct)
    {
        var bodyName = await db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).FirstAsync(ct);
        var personName = await db.People.Where(p => p.Id == invitation.PersonId).Select(p => p.Name).FirstAsync(ct);
        return new RsvpLanding(bodyName, m.Title, m.StartsAtLocal, m.EndsAtLocal, m.Format, m.Location, m.VideoUrl, m.StateAt(clock.GetUtcNow().UtcDateTime),
            personName, invitation.Answer, invitation.Comment, m.HasEnded(clock.GetUtcNow().UtcDateTime), !invitation.Active);
    }
}
