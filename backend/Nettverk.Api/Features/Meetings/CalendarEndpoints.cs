using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

public sealed record CalendarFeedDto(string Url, string WebcalUrl);

/// <summary>Calendars: one .ics per meeting, a personal feed (a secret, revocable address) with all of one's meetings,
/// a public feed per public body with its open meetings, and the REPLY an attendee's calendar sends the organiser.</summary>
public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings/{id:guid}/calendar.ics", MeetingIcs).WithName("meetingCalendar").WithTags("Calendar").RequireAuthorization();
        app.MapPost("/api/me/calendar-feed", CreateFeed).WithName("createCalendarFeed").WithTags("Calendar").RequireAuthorization();
        app.MapDelete("/api/me/calendar-feed", RevokeFeed).WithName("revokeCalendarFeed").WithTags("Calendar").RequireAuthorization();
        app.MapGet("/api/calendar/feeds/{token}.ics", PersonalFeed).WithName("personalCalendarFeed").WithTags("Calendar").AllowAnonymous();
        app.MapGet("/api/public/bodies/{bodyId:guid}/calendar.ics", PublicFeed).WithName("publicCalendarFeed").WithTags("Calendar").AllowAnonymous();
        app.MapPost("/api/calendar/replies", ApplyReply).WithName("applyCalendarReply").WithTags("Calendar").RequireAuthorization()
            .Accepts<string>("text/calendar").ProducesRuleConflict([.. ConcurrentAnswers.Refusals, "stale_reply"]);
        return app;
    }

    static async Task<Results<ContentHttpResult, NotFoundProblem>> MeetingIcs(Guid id, NettverkDbContext db,
        BodyPermissions permissions, [AsParameters] FeedServices feed, CancellationToken ct)
    {
        var (meeting, _) = await MeetingAccess.ForViewAsync(db, permissions, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        return Ics(await WriteFeedAsync(feed, [(meeting, meeting.Sequence)], null, publicFeed: false, ct));
    }

    static async Task<Results<Ok<CalendarFeedDto>, NotFoundProblem>> CreateFeed(NettverkDbContext db, CurrentUser user, AppLinks links, CancellationToken ct)
    {
        var personId = await user.PersonIdAsync(ct);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return Problems.NotFound("Your person record");
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        person.SetCalendarFeedTokenHash(Hash(token));
        await db.SaveChangesAsync(ct);
        var url = links.To($"/api/calendar/feeds/{token}.ics");
        return TypedResults.Ok(new CalendarFeedDto(url, "webcal" + url[url.IndexOf(':')..]));
    }

    static async Task<Results<NoContent, NotFoundProblem>> RevokeFeed(NettverkDbContext db, CurrentUser user, CancellationToken ct)
    {
        var personId = await user.PersonIdAsync(ct);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return Problems.NotFound("Your person record");
        person.SetCalendarFeedTokenHash(null);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<ContentHttpResult, NotFoundProblem>> PersonalFeed(string token, NettverkDbContext db,
        [AsParameters] FeedServices feed, CancellationToken ct)
    {
        if (token.Length != 48) return Problems.NotFound("The feed");
        var hash = Hash(token);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.CalendarFeedTokenHash == hash, ct);
        if (person is null) return Problems.NotFound("The feed");
        var since = feed.Clock.GetUtcNow().UtcDateTime.AddDays(-90);
        // One query for the meetings with this person's SEQUENCE: theirs can be ahead of the meeting's (a deputy called
        // in again), and their feed entry should not look older than the invitation in their calendar.
        var rows = await db.Invitations.AsNoTracking().Where(i => i.PersonId == person.Id && i.Active)
            .Join(db.Meetings.AsNoTracking().Where(m => m.Status != MeetingStatus.Planned && m.EndsAtUtc >= since),
                i => i.MeetingId, m => m.Id, (i, m) => new { Meeting = m, i.SentSequence })
            .OrderBy(x => x.Meeting.StartsAtUtc).ToListAsync(ct);
        var entries = rows.Select(r => (r.Meeting, Math.Max(r.Meeting.Sequence, r.SentSequence))).ToList();
        return Ics(await WriteFeedAsync(feed, entries, $"Nettverk – {person.Name}", publicFeed: false, ct));
    }

    static async Task<Results<ContentHttpResult, NotFoundProblem>> PublicFeed(Guid bodyId, NettverkDbContext db,
        [AsParameters] FeedServices feed, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bodyId && b.IsPublic && b.ArchivedAt == null, ct);
        if (body is null) return Problems.NotFound("The body");
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.BodyId == bodyId && m.IsOpen && m.Status != MeetingStatus.Planned)
            .OrderBy(m => m.StartsAtUtc).ToListAsync(ct);
        return Ics(await WriteFeedAsync(feed, meetings.Select(m => (m, m.Sequence)).ToList(), body.Name, publicFeed: true, ct));
    }

    /// <summary>Applies an iMIP REPLY (RFC 6047) that reached the secretariat some other way than the inbound mailbox
    /// (which applies them by itself). The same rules as the mailbox: <see cref="CalendarReplies"/>.</summary>
    static async Task<Results<Ok<InvitationDto>, NotFoundProblem, ForbiddenProblem, ConflictProblem, ValidationProblem>> ApplyReply(HttpRequest request,
        NettverkDbContext db, BodyPermissions permissions, CalendarReplies replies, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        return await ConcurrentAnswers.RecordAsync<Results<Ok<InvitationDto>, NotFoundProblem, ForbiddenProblem, ConflictProblem, ValidationProblem>>(db, async () =>
        {
            var visible = true;
            var result = await replies.ApplyAsync(text, "kalendersvar", async meeting =>
            {
                var access = await permissions.ForBodyAsync(meeting.BodyId, ct);
                visible = access.CanView;
                return access.CanManage;
            }, ct);
            switch (result.Outcome)
            {
                case ReplyOutcome.Invalid: return Problems.Field("calendar", ErrorCodes.CalendarReplyInvalid, result.Detail);
                case ReplyOutcome.UnknownMeeting: return Problems.Field("calendar", ErrorCodes.CalendarReplyUnknownMeeting, result.Detail);
                case ReplyOutcome.NotAllowed: return visible ? Problems.Forbidden(result.Detail) : Problems.NotFound("The meeting");
                case ReplyOutcome.Stale: return Problems.Conflict(result.Code!, result.Detail);
                case ReplyOutcome.UnknownAttendee: return Problems.NotFound("The attendee's invitation");
                case ReplyOutcome.Refused: throw new DomainRuleException(result.Code ?? "reply_refused", result.Detail);
            }
            await db.SaveChangesAsync(ct);
            var invitation = result.Invitation!;
            var person = (await People.PersonRefs.LoadAsync(db, [invitation.PersonId], ct))[invitation.PersonId];
            return TypedResults.Ok(new InvitationDto(invitation.Id, person, person.OrganisationName, invitation.SeatId, invitation.Role,
                invitation.DeputyOrder, invitation.Answer, invitation.AnsweredAt, invitation.AnsweredBy, invitation.Comment, invitation.Active));
        });
    }

    /// <summary>The services a calendar answer needs, taken together from the request's scope.</summary>
    public sealed record FeedServices(NettverkDbContext Db, IOptions<MailOptions> Mail, IOptions<InboundMailOptions> Inbound,
        TimeProvider Clock, AppLinks Links);

    /// <summary>Meetings as a PUBLISH calendar in a constant number of queries (<see cref="MeetingContext.LoadManyAsync"/>).
    /// A public feed names no attendee and, as ORGANIZER, only a role address (the inbound mailbox) or none.</summary>
    static async Task<string> WriteFeedAsync(FeedServices feed, IReadOnlyList<(Meeting Meeting, int Sequence)> entries, string? name,
        bool publicFeed, CancellationToken ct)
    {
        var contexts = await MeetingContext.LoadManyAsync(feed.Db, entries.Select(e => e.Meeting).ToList(), ct);
        var now = feed.Clock.GetUtcNow().UtcDateTime;
        var events = entries.Select(e =>
        {
            var context = contexts[e.Meeting.Id];
            var organizer = publicFeed ? MeetingCalendar.PublicOrganizer(context, feed.Inbound.Value)
                : MeetingCalendar.InvitationOrganizer(context, feed.Inbound.Value);
            return MeetingCalendar.Event(e.Meeting, context, e.Meeting.CalendarUidOr(feed.Mail.Value.MessageIdDomain), e.Sequence, now,
                feed.Links.To($"/moter/{e.Meeting.Id}"), organizer);
        }).ToList();
        return MeetingCalendar.Write(CalendarMethod.Publish, events, name);
    }

    static ContentHttpResult Ics(string text) => TypedResults.Text(text, "text/calendar; charset=utf-8");

    static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

