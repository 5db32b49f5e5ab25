using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

public enum ReplyOutcome
{
    Applied,
    /// <summary>Not an iTIP REPLY we can read (not iCalendar, another METHOD, no attendee with an answer).</summary>
    Invalid,
    /// <summary>The UID is none of our meetings.</summary>
    UnknownMeeting,
    /// <summary>The reply answers an older SEQUENCE than the attendee was last sent.</summary>
    Stale,
    /// <summary>The attendee is not invited to that meeting.</summary>
    UnknownAttendee,
    /// <summary>The meeting's rules refuse it (cancelled, already over, invitation withdrawn).</summary>
    Refused,
    /// <summary>The caller may not apply replies for that meeting's body.</summary>
    NotAllowed,
}

public sealed record ReplyResult(ReplyOutcome Outcome, string Detail, string? Code = null, Invitation? Invitation = null);

/// <summary>An iMIP REPLY (RFC 6047) as read from the calendar text: which meeting, who, what answer.</summary>
public sealed record CalendarReply(string Uid, string AttendeeEmail, Rsvp Answer, int? Sequence, string? Comment);

/// <summary>Applies the REPLY an attendee's calendar sends the ORGANIZER, with the same rules wherever it comes from:
/// posted by the secretariat (<c>POST /api/calendar/replies</c>) or read from the inbound mailbox. The UID must be one a
/// meeting stored when it was called, the attendee must be invited to it, a reply to an older SEQUENCE than that person
/// was last sent is refused, and a decline runs the deputy chain. Saves nothing: the caller commits.</summary>
public sealed class CalendarReplies(NettverkDbContext db, InvitationMailComposer mail, TimeProvider clock)
{
    public static (CalendarReply? Reply, string? Error) Parse(string text)
    {
        var calendar = IcsText.Load(text, out var error);
        if (calendar is null) return (null, error);
        if (!string.Equals(calendar.Method, "REPLY", StringComparison.OrdinalIgnoreCase))
            return (null, "Not a REPLY.");
        var vevent = calendar.Events.FirstOrDefault();
        if (vevent is null) return (null, "The reply has no event.");
        var attendee = vevent.Attendees.FirstOrDefault();
        var email = IcsText.Address(attendee?.Value);
        var answer = attendee?.ParticipationStatus?.ToUpperInvariant() switch
        {
            EventParticipationStatus.Accepted => Rsvp.Accepted,
            EventParticipationStatus.Tentative => Rsvp.Tentative,
            EventParticipationStatus.Declined => Rsvp.Declined,
            _ => (Rsvp?)null,
        };
        if (string.IsNullOrWhiteSpace(email) || answer is null) return (null, "The reply names no attendee with an answer.");
        // Ical.Net reads a missing SEQUENCE as 0; a reply without one is not judged stale.
        int? sequence = vevent.Properties.ContainsKey("SEQUENCE") ? vevent.Sequence : null;
        return (new CalendarReply(vevent.Uid ?? "", email, answer.Value, sequence, vevent.Comments?.FirstOrDefault()), null);
    }

    /// <summary>Finds the meeting whose stored UID this is, with its invitations, or null.</summary>
    public async Task<Meeting?> FindMeetingAsync(string uid, CancellationToken ct) =>
        string.IsNullOrEmpty(uid) ? null : await db.Meetings.Include(m => m.Invitations).FirstOrDefaultAsync(m => m.CalendarUid == uid, ct);

    /// <summary>Applies one reply. <paramref name="mayApply"/> decides, once the meeting is known, whether this caller
    /// may apply replies to it (the secretariat over HTTP; the inbound mailbox always).</summary>
    public async Task<ReplyResult> ApplyAsync(string calendarText, string via, Func<Meeting, Task<bool>> mayApply, CancellationToken ct)
    {
        var (reply, error) = Parse(calendarText);
        if (reply is null) return new ReplyResult(ReplyOutcome.Invalid, error!);
        var meeting = await FindMeetingAsync(reply.Uid, ct);
        if (meeting is null) return new ReplyResult(ReplyOutcome.UnknownMeeting, "The UID is not one of our meetings.");
        if (!await mayApply(meeting)) return new ReplyResult(ReplyOutcome.NotAllowed, "Replies are applied by the body's secretariat.");
        var normalized = People.Person.Normalise(reply.AttendeeEmail);
        var people = await db.People.Where(p => p.NormalizedEmail == normalized).Select(p => p.Id).ToListAsync(ct);
        var invitation = meeting.Invitations.FirstOrDefault(i => people.Contains(i.PersonId));
        if (invitation is null) return new ReplyResult(ReplyOutcome.UnknownAttendee, "The attendee is not invited to the meeting.");
        if (invitation.IsStaleReply(reply.Sequence))
            return new ReplyResult(ReplyOutcome.Stale, "The reply answers an older version of the meeting.", "stale_reply");
        try
        {
            var seat = await MeetingSeats.WithDeputiesAsync(db, invitation.SeatId, ct);
            await mail.EnqueueAsync(meeting, meeting.Respond(invitation, reply.Answer, reply.Comment, $"{reply.AttendeeEmail} ({via})", seat,
                clock.GetUtcNow().UtcDateTime), ct);
        }
        catch (DomainRuleException e)
        {
            return new ReplyResult(ReplyOutcome.Refused, e.Message, e.Code);
        }
        return new ReplyResult(ReplyOutcome.Applied, "Applied.", Invitation: invitation);
    }
}
