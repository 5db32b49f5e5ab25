using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Registrations;

/// <summary>Registration for an open meeting without an account. The answer to a registration is the same whether or not
/// the address was registered before (no enumeration); the seat is held only once the e-mailed link is followed.</summary>
public static class PublicRegistrationEndpoints
{
    static readonly string[] ConfirmConflicts = ["registration_link_expired", "registration_cancelled", "registration_closed", "meeting_cancelled", "meeting_past"];

    public static IEndpointRouteBuilder MapPublicRegistrationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public").WithTags("Public").AllowAnonymous();
        group.MapGet("/meetings/{id:guid}/registration", Info).WithName("getPublicMeetingRegistration");
        group.MapPost("/meetings/{id:guid}/registrations", Register).WithName("registerForMeeting")
            .ProducesRuleConflict("registration_closed", "meeting_cancelled", "meeting_past");
        group.MapPost("/registrations/confirm", Confirm).WithName("confirmRegistration").ProducesRuleConflict(ConfirmConflicts);
        group.MapGet("/registrations/{token}", Mine).WithName("getMyRegistration");
        group.MapPost("/registrations/cancel", Cancel).WithName("cancelRegistration").ProducesRuleConflict("meeting_past");
        return app;
    }

    /// <summary>An open meeting of a public body, or nothing (404): a closed meeting's existence is not shown.</summary>
    static async Task<(Meeting? Meeting, string BodyName)> PublicMeetingAsync(NettverkDbContext db, Guid id, CancellationToken ct)
    {
        var row = await db.Meetings.Where(m => m.Id == id && m.IsOpen)
            .Join(db.Bodies.Where(b => b.IsPublic), m => m.BodyId, b => b.Id, (m, b) => new { Meeting = m, b.Name })
            .FirstOrDefaultAsync(ct);
        return (row?.Meeting, row?.Name ?? "");
    }

    static async Task<Results<Ok<PublicRegistrationInfo>, NotFoundProblem>> Info(Guid id, NettverkDbContext db, RegistrationDesk desk,
        TimeProvider clock, CancellationToken ct)
    {
        var (meeting, bodyName) = await PublicMeetingAsync(db, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        var settings = await desk.SettingsAsync(id, ct);
        var counts = await RegistrationReads.CountsAsync(db, id, ct);
        var capacity = RegistrationDesk.CapacityOf(settings);
        var open = RegistrationDesk.Refusal(meeting, settings, clock.GetUtcNow().UtcDateTime) is null;
        return TypedResults.Ok(new PublicRegistrationInfo(meeting.Id, meeting.Title, bodyName, meeting.StartsAtLocal, meeting.EndsAtLocal,
            meeting.Format, meeting.Format == MeetingFormat.Digital ? null : meeting.Location, capacity, Math.Max(0, capacity - counts.Confirmed),
            counts.WaitListed, open, settings?.ClosesAt));
    }

    const string Received = "Check your e-mail: follow the link in it to confirm the registration.";

    static async Task<Results<Accepted<RegistrationReceived>, NotFoundProblem, ValidationProblem, ConflictProblem, TooManyRequestsProblem>> Register(
        Guid id, RegisterRequest request, NettverkDbContext db, RegistrationDesk desk, Outbox outbox, RateLimitOptions limits,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var (meeting, _) = await PublicMeetingAsync(db, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await desk.SettingsAsync(id, ct);
        if (RegistrationDesk.Refusal(meeting, settings, now) is { } refused) return Problems.Conflict(refused, "The meeting takes no registrations now.");

        // Per address, counted in our table (so across instances): someone cannot flood one inbox with confirmation mail.
        var key = Registration.KeyOf(request.Email);
        var rule = limits.PublicRegistration.PerAccount ?? new RateLimitRule(5, 3600);
        var window = now.AddSeconds(-rule.WindowSeconds);
        var recent = await db.RegistrationAttempts.Where(a => a.EmailKey == key && a.At > window).OrderBy(a => a.At).Select(a => a.At).ToListAsync(ct);
        if (recent.Count >= rule.PermitLimit) return RateLimits.TooMany(http, recent[0].AddSeconds(rule.WindowSeconds) - now);
        db.RegistrationAttempts.Add(new RegistrationAttempt(key, now));

        var facts = await desk.FactsAsync(meeting, ct);
        var existing = await db.Registrations.FirstOrDefaultAsync(r => r.MeetingId == id && r.EmailKey == key, ct);
        if (existing is { Status: RegistrationStatus.Confirmed or RegistrationStatus.WaitListed })
            outbox.Enqueue(existing.Email, existing.Name, RegistrationEmails.AlreadyRegistered(facts.Mail, existing.Name, desk.MyLink(existing)));
        else
        {
            var registration = existing ?? db.Registrations.Add(new Registration(id, request.Name, request.Email, request.Organisation, request.Needs, now)).Entity;
            if (existing is not null) existing.Renew(request.Name, request.Organisation, request.Needs, now);
            outbox.Enqueue(registration.Email, registration.Name,
                RegistrationEmails.ConfirmAddress(facts.Mail, registration.Name, desk.ConfirmLink(registration), registration.ExpiresAt));
        }
        try { await db.SaveChangesAsync(ct); }
        // The same address registering twice at once: the other request's row and mail stand, and the answer is the same.
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e)) { }
        return TypedResults.Accepted((string?)null, new RegistrationReceived(Received));
    }

    static async Task<Results<Ok<MyRegistrationDto>, NotFoundProblem, ValidationProblem, ConflictProblem>> Confirm(RegistrationTokenRequest request,
        NettverkDbContext db, RegistrationDesk desk, TimeProvider clock, CancellationToken ct)
    {
        return await desk.RetryingAsync<Results<Ok<MyRegistrationDto>, NotFoundProblem, ValidationProblem, ConflictProblem>>(async () =>
        {
            var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Token == request.Token, ct);
            if (registration is null) return Problems.NotFound("The registration");
            var meeting = await db.Meetings.FirstAsync(m => m.Id == registration.MeetingId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (registration.Status == RegistrationStatus.Cancelled)
                return Problems.Conflict("registration_cancelled", "The registration was cancelled; register again.");
            if (registration.Status == RegistrationStatus.Unconfirmed)
            {
                if (registration.IsExpired(now)) return Problems.Conflict("registration_link_expired", "The link has expired; register again.");
                var settings = await desk.SettingsAsync(meeting.Id, ct);
                if (RegistrationDesk.Refusal(meeting, settings, now) is { } refused) return Problems.Conflict(refused, "The meeting takes no registrations now.");
                await desk.ConfirmAsync(registration, meeting, settings, ct);
                await db.SaveChangesAsync(ct);
            }
            return TypedResults.Ok(await ViewAsync(db, desk, registration, meeting, now, ct));
        }, ct);
    }

    static async Task<Results<Ok<MyRegistrationDto>, NotFoundProblem>> Mine(string token, NettverkDbContext db, RegistrationDesk desk,
        TimeProvider clock, CancellationToken ct)
    {
        if (token.Length is < 20 or > 64) return Problems.NotFound("The registration");
        var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Token == token, ct);
        if (registration is null) return Problems.NotFound("The registration");
        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == registration.MeetingId, ct);
        return TypedResults.Ok(await ViewAsync(db, desk, registration, meeting, clock.GetUtcNow().UtcDateTime, ct));
    }

    static async Task<Results<Ok<MyRegistrationDto>, NotFoundProblem, ValidationProblem, ConflictProblem>> Cancel(RegistrationTokenRequest request,
        NettverkDbContext db, RegistrationDesk desk, TimeProvider clock, CancellationToken ct)
    {
        return await desk.RetryingAsync<Results<Ok<MyRegistrationDto>, NotFoundProblem, ValidationProblem, ConflictProblem>>(async () =>
        {
            var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Token == request.Token, ct);
            if (registration is null) return Problems.NotFound("The registration");
            var meeting = await db.Meetings.FirstAsync(m => m.Id == registration.MeetingId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (registration.Status != RegistrationStatus.Cancelled)
            {
                if (meeting.HasEnded(now)) return Problems.Conflict("meeting_past", "The meeting is over.");
                await desk.CancelAsync(registration, meeting, await desk.SettingsAsync(meeting.Id, ct), ct);
                await db.SaveChangesAsync(ct);
            }
            return TypedResults.Ok(await ViewAsync(db, desk, registration, meeting, now, ct));
        }, ct);
    }

    static async Task<MyRegistrationDto> ViewAsync(NettverkDbContext db, RegistrationDesk desk, Registration r, Meeting meeting, DateTime now,
        CancellationToken ct)
    {
        var bodyName = await db.Bodies.Where(b => b.Id == meeting.BodyId).Select(b => b.Name).SingleAsync(ct);
        return new MyRegistrationDto(meeting.Id, meeting.Title, bodyName, meeting.StartsAtLocal, meeting.EndsAtLocal, meeting.Format,
            meeting.Format == MeetingFormat.Digital ? null : meeting.Location, r.Name, r.Organisation, r.Status, await desk.PositionAsync(r, ct),
            r.IsExpired(now), r.Status != RegistrationStatus.Cancelled && !meeting.HasEnded(now),
            meeting.Status == MeetingStatus.Cancelled);
    }
}
