using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

public enum ReplyOutcome
{
    Applied,
    /// <summary>Not an iTIP REPLY we can read (not iCalendar, another METHOD, no attendee with an answer).</summary>
    Invalid,
    /// <summary>The UID is none of our meetings.</summary>
    UnknownMeeting,
    /// <summary>The reply answers an older SEQUENCE than the meeting now has.</summary>
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
/// posted by the secretariat (<c>POST /api/calendar/replies</c>) or read from the inbound mailbox. The attendee must be
/// invited to that meeting, a reply to an older SEQUENCE is refused, and a decline runs the deputy chain. Saves nothing:
/// the caller commits.</summary>
public sealed class CalendarReplies(NettverkDbContext db, MeetingInvitations invitations, IOptions<MailOptions> mail)
{
    public static (CalendarReply? Reply, string? Error) Parse(string text)
    {
        CalendarComponent calendar;
        try { calendar = ICalendarParser.Parse(text); }
        catch (CalendarParseException e) { return (null, e.Message); }
        if (!string.Equals(calendar.Property("METHOD")?.Value, "REPLY", StringComparison.OrdinalIgnoreCase))
            return (null, "Not a REPLY.");
        var vevent = calendar.Children("VEVENT").FirstOrDefault();
        if (vevent is null) return (null, "The reply has no event.");
        var attendee = vevent.Property("ATTENDEE");
        var email = attendee is null ? null : ICalendarParser.MailtoAddress(attendee.Value);
        var answer = ICalendarWriter.ParsePartStat(attendee?.Param("PARTSTAT")) switch
        {
            ParticipationStatus.Accepted => Rsvp.Accepted,
            ParticipationStatus.Tentative => Rsvp.Tentative,
            ParticipationStatus.Declined => Rsvp.Declined,
            _ => (Rsvp?)null,
        };
        if (string.IsNullOrWhiteSpace(email) || answer is null) return (null, "The reply names no attendee with an answer.");
        int? sequence = int.TryParse(vevent.Property("SEQUENCE")?.Value, out var s) ? s : null;
        return (new CalendarReply(vevent.Property("UID")?.Text ?? "", email, answer.Value, sequence, vevent.Property("COMMENT")?.Text), null);
    }

    /// <summary>Finds the meeting a UID names, or null.</summary>
    public async Task<Meeting?> FindMeetingAsync(string uid, CancellationToken ct)
    {
        const string prefix = "meeting-";
        var suffix = "@" + mail.Value.MessageIdDomain;
        if (!uid.StartsWith(prefix, StringComparison.Ordinal) || !uid.EndsWith(suffix, StringComparison.Ordinal)
            || !Guid.TryParseExact(uid[prefix.Length..^suffix.Length], "N", out var meetingId))
            return null;
        return await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct);
    }

    /// <summary>Applies one reply. <paramref name="mayApply"/> decides, once the meeting is known, whether this caller
    /// may apply replies to it (the secretariat over HTTP; the inbound mailbox always).</summary>
    public async Task<ReplyResult> ApplyAsync(string calendarText, string via, Func<Meeting, Task<bool>> mayApply, CancellationToken ct)
    {
        var (reply, error) = Parse(calendarText);
        if (reply is null) return new ReplyResult(ReplyOutcome.Invalid, error!);
        var meeting = await FindMeetingAsync(reply.Uid, ct);
        if (meeting is null) return new ReplyResult(ReplyOutcome.UnknownMeeting, "The UID is not one of our meetings.");
        if (!await mayApply(meeting)) return new ReplyResult(ReplyOutcome.NotAllowed, "Replies are applied by the body's secretariat.");
        if (reply.Sequence is { } sequence && sequence < meeting.Sequence)
            return new ReplyResult(ReplyOutcome.Stale, "The reply answers an older version of the meeting.", "stale_reply");
        var normalized = People.Person.Normalise(reply.AttendeeEmail);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.MeetingId == meeting.Id
            && db.People.Any(p => p.Id == i.PersonId && p.NormalizedEmail == normalized), ct);
        if (invitation is null) return new ReplyResult(ReplyOutcome.UnknownAttendee, "The attendee is not invited to the meeting.");
        try
        {
            await invitations.RespondAsync(meeting, invitation, reply.Answer, reply.Comment, $"{reply.AttendeeEmail} ({via})", ct);
        }
        catch (DomainRuleException e)
        {
            return new ReplyResult(ReplyOutcome.Refused, e.Message, e.Code);
        }
        return new ReplyResult(ReplyOutcome.Applied, "Applied.", Invitation: invitation);
    }
}
