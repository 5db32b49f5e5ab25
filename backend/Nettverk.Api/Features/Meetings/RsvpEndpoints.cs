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
        var group = app.MapGroup("/api/rsvp").WithTags("Invitations").AllowAnonymous();
        group.MapGet("/", ReadRsvp).WithName("readRsvp");
        group.MapPost("/", AnswerRsvp).WithName("answerRsvp");
        return app;
    }

    static async Task<Results<Ok<RsvpLanding>, ProblemHttpResult>> ReadRsvp(string? token, NettverkDbContext db, RsvpTokens tokens,
        CancellationToken ct)
    {
        var invitation = await FindAsync(db, tokens, token, ct);
        return invitation is null ? Invalid() : TypedResults.Ok(await LandingAsync(db, invitation, ct));
    }

    static async Task<Results<Ok<RsvpLanding>, ProblemHttpResult, ValidationProblem>> AnswerRsvp(RsvpRequest request,
        NettverkDbContext db, RsvpTokens tokens, MeetingInvitations invitations, CancellationToken ct)
    {
        var invitation = await FindAsync(db, tokens, request.Token, ct);
        if (invitation is null) return Invalid();
        var meeting = await db.Meetings.FirstAsync(m => m.Id == invitation.MeetingId, ct);
        var email = await db.People.Where(p => p.Id == invitation.PersonId).Select(p => p.Email).FirstAsync(ct);
        await invitations.RespondAsync(meeting, invitation, request.Answer, request.Comment, $"{email} (lenke i e-post)", ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await LandingAsync(db, invitation, ct));
    }

    static async Task<Invitation?> FindAsync(NettverkDbContext db, RsvpTokens tokens, string? token, CancellationToken ct) =>
        tokens.Read(token) is { } id ? await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, ct) : null;

    // One answer for a forged, expired or foreign token alike: nothing tells which it was.
    static ProblemHttpResult Invalid() => TypedResults.Problem(statusCode: 404, title: "The link is not valid.",
        detail: "The link has expired or is not valid. Sign in to answer.", extensions: new Dictionary<string, object?> { ["code"] = "rsvp_link_invalid" });

    static async Task<RsvpLanding> LandingAsync(NettverkDbContext db, Invitation invitation, CancellationToken ct)
    {
        var m = await db.Meetings.AsNoTracking().FirstAsync(x => x.Id == invitation.MeetingId, ct);
        var bodyName = await db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).FirstAsync(ct);
        var personName = await db.People.Where(p => p.Id == invitation.PersonId).Select(p => p.Name).FirstAsync(ct);
        return new RsvpLanding(bodyName, m.Title, m.StartsAtLocal, m.EndsAtLocal, m.Format, m.Location, m.VideoUrl, m.Status,
            personName, invitation.Answer, invitation.Comment);
    }
}
