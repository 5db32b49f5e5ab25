using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>Who is invited to a meeting and what they are sent: invitations when it is called, updates when it
/// changes, cancellations, and the deputy chain (a representative declines → vara 1 is called in → vara 2 …; the
/// representative after all comes → the deputy gets a CANCEL). Every message goes to the outbox in the caller's unit of
/// work, one per person. Each person's SEQUENCE rises strictly with every message that changes their entry
/// (<see cref="Invitation.NextSequence"/>); only a reminder repeating the very entry they hold repeats it.</summary>
public sealed class MeetingInvitations(NettverkDbContext db, Outbox outbox, AppLinks links, RsvpTokens tokens, TimeProvider clock,
    IOptions<MailOptions> mailOptions, IOptions<InboundMailOptions> inbound)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Invites every seat's representative (or its first deputy, where the seat has no representative) and
    /// sends the invitation, or the update, to everyone whose entry does not show this version yet. Fixes the UID.</summary>
    public async Task CallAsync(Meeting meeting, CancellationToken ct)
    {
        meeting.FixCalendarUid(mailOptions.Value.MessageIdDomain);
        var existing = await db.Invitations.Where(i => i.MeetingId == meeting.Id).ToListAsync(ct);
        var seats = await db.Seats.Include(s => s.Deputies)
            .Where(s => s.BodyId == meeting.BodyId && db.Memberships.Any(m => m.Id == s.MembershipId && m.LeftOn == null))
            .ToListAsync(ct);
        foreach (var seat in seats)
        {
            if (existing.Any(i => i.SeatId == seat.Id)) continue;
            var (personId, role, order) = seat.RepresentativeId is { } rep ? (rep, InvitationRole.Representative, (int?)null)
                : seat.Deputies.OrderBy(d => d.Order).Select(d => (d.PersonId, InvitationRole.Deputy, (int?)d.Order)).FirstOrDefault();
            if (personId == Guid.Empty || existing.Any(i => i.PersonId == personId)) continue;
            var invitation = new Invitation(meeting.Id, meeting.BodyId, personId, seat.Id, role, order, Now);
            db.Invitations.Add(invitation);
            existing.Add(invitation);
        }
        await SendAsync(meeting, existing.Where(i => i.Active && !i.HasVersion(meeting.Sequence)).ToList(),
            InvitationMailKind.Invitation, [], ct);
    }

    /// <summary>After a change that raised the SEQUENCE: an update to everyone invited.</summary>
    public async Task NotifyChangedAsync(Meeting meeting, IReadOnlyList<MeetingChange> changes, CancellationToken ct)
    {
        var invited = await db.Invitations.Where(i => i.MeetingId == meeting.Id && i.Active && (i.SentSequence < 0 || i.SentMeetingSequence < meeting.Sequence)).ToListAsync(ct);
        await SendAsync(meeting, invited, InvitationMailKind.Update, changes, ct);
    }

    public async Task NotifyCancelledAsync(Meeting meeting, CancellationToken ct)
    {
        var invited = await db.Invitations.Where(i => i.MeetingId == meeting.Id && i.Active && (i.SentSequence < 0 || i.SentMeetingSequence < meeting.Sequence)).ToListAsync(ct);
        await SendAsync(meeting, invited, InvitationMailKind.Cancellation, [], ct);
    }

    /// <summary>Records an answer and moves the deputy chain on.</summary>
    public async Task RespondAsync(Meeting meeting, Invitation invitation, Rsvp answer, string? comment, string answeredBy, CancellationToken ct)
    {
        if (meeting.Status == MeetingStatus.Cancelled) throw new DomainRuleException("meeting_cancelled", "The meeting is cancelled.");
        if (meeting.HasEnded(Now)) throw new DomainRuleException("meeting_past", "The meeting is over.");
        invitation.Respond(answer, comment, answeredBy, Now);
        if (invitation.SeatId is not { } seatId) return;
        var seatInvitations = await db.Invitations.Where(i => i.MeetingId == meeting.Id && i.SeatId == seatId).ToListAsync(ct);
        if (answer == Rsvp.Declined)
        {
            if (!seatInvitations.Any(i => i.Counts)) await CallNextDeputyAsync(meeting, seatId, seatInvitations, null, ct);
        }
        else if (invitation.Role == InvitationRole.Representative)
        {
            var deputies = seatInvitations.Where(i => i.Role == InvitationRole.Deputy && i.Active).ToList();
            foreach (var deputy in deputies) deputy.Withdraw(Now);
            await SendAsync(meeting, deputies, InvitationMailKind.DeputyNotNeeded, [], ct, forceSend: true);
        }
    }

    /// <summary>The secretariat calls a deputy in by hand: the one named, or the next in order.</summary>
    public async Task<Invitation?> CallDeputyAsync(Meeting meeting, Guid seatId, Guid? personId, CancellationToken ct)
    {
        var seatInvitations = await db.Invitations.Where(i => i.MeetingId == meeting.Id && i.SeatId == seatId).ToListAsync(ct);
        return await CallNextDeputyAsync(meeting, seatId, seatInvitations, personId, ct);
    }

    async Task<Invitation?> CallNextDeputyAsync(Meeting meeting, Guid seatId, List<Invitation> seatInvitations, Guid? personId, CancellationToken ct)
    {
        var deputies = await db.SeatDeputies.Where(d => d.SeatId == seatId).OrderBy(d => d.Order).ToListAsync(ct);
        var next = deputies.FirstOrDefault(d => personId is { } wanted ? d.PersonId == wanted
            : !seatInvitations.Any(i => i.PersonId == d.PersonId && (i.Answer == Rsvp.Declined || i.Active)));
        if (next is null)
        {
            if (personId is not null) throw new FieldValidationException("personId", ErrorCodes.NotADeputyOfSeat, "The person is not a deputy for this seat.");
            return null;
        }
        var invitation = seatInvitations.FirstOrDefault(i => i.PersonId == next.PersonId)
            ?? await db.Invitations.FirstOrDefaultAsync(i => i.MeetingId == meeting.Id && i.PersonId == next.PersonId, ct);
        if (invitation is null)
        {
            invitation = new Invitation(meeting.Id, meeting.BodyId, next.PersonId, seatId, InvitationRole.Deputy, next.Order, Now);
            db.Invitations.Add(invitation);
        }
        else if (!invitation.Active) invitation.Reactivate(Now);
        else if (invitation.SeatId != seatId) throw new DomainRuleException("already_invited", "The person is invited for another seat.");
        await SendAsync(meeting, [invitation], InvitationMailKind.Invitation, [], ct, forceSend: true);
        return invitation;
    }

    /// <summary>Reminders and chasers. They carry the calendar entry only when it is the very entry the person holds (their
    /// entry shows this version and the agenda is as published), with the same SEQUENCE; otherwise the text alone, as
    /// a repeated SEQUENCE with other content would be ignored or, worse, half taken.</summary>
    public Task RemindAsync(Meeting meeting, IReadOnlyList<Invitation> invitations, InvitationMailKind kind, CancellationToken ct) =>
        SendAsync(meeting, invitations, kind, [], ct, forceSend: true);

    async Task SendAsync(Meeting meeting, IReadOnlyList<Invitation> invitations, InvitationMailKind kind,
        IReadOnlyList<MeetingChange> changes, CancellationToken ct, bool forceSend = false)
    {
        if (invitations.Count == 0) return;
        var context = await MeetingContext.LoadAsync(db, meeting, ct);
        var personIds = invitations.Select(i => i.PersonId).ToList();
        var people = await db.People.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var uid = meeting.FixCalendarUid(mailOptions.Value.MessageIdDomain);
        // Outlook and Google drop a REQUEST or CANCEL without an ORGANIZER: with no secretariat, the sender's address.
        var organizer = MeetingCalendar.InvitationOrganizer(context, inbound.Value)
            ?? new CalendarAddress(mailOptions.Value.From, $"{context.BodyName} (sekretariatet)");
        var meetingLink = links.To($"/moter/{meeting.Id}");
        foreach (var invitation in invitations)
        {
            if (!forceSend && invitation.HasVersion(meeting.Sequence)) continue;
            if (!people.TryGetValue(invitation.PersonId, out var person)) continue;
            var cancel = kind is InvitationMailKind.Cancellation or InvitationMailKind.DeputyNotNeeded;
            var repeat = kind is InvitationMailKind.Reminder or InvitationMailKind.RsvpChaser;
            string? ics = null;
            if (!repeat || (invitation.HasVersion(meeting.Sequence) && !meeting.AgendaChangedSinceCalled))
            {
                var sequence = repeat ? invitation.SentSequence : invitation.NextSequence(meeting.Sequence);
                var attendee = new CalendarAttendee(person.Email, person.Name,
                    cancel ? EventParticipationStatus.Declined : ToPartStat(invitation.Answer), Rsvp: !cancel);
                // A deputy who is no longer needed gets a CANCEL of their own copy: the meeting itself goes on.
                var calendarEvent = MeetingCalendar.Event(meeting, context, uid, sequence, Now, meetingLink, organizer, attendee, cancelled: cancel);
                ics = MeetingCalendar.Write(cancel ? CalendarMethod.Cancel : CalendarMethod.Request, [calendarEvent]);
                if (!repeat) invitation.MarkSent(sequence, meeting.Sequence);
            }
            var token = tokens.Create(invitation.Id, meeting.EndsAtUtc);
            var answerLinks = cancel ? new Dictionary<Rsvp, string>() : new Dictionary<Rsvp, string>
            {
                [Rsvp.Accepted] = links.To($"/svar?svar=ja&token={Uri.EscapeDataString(token)}"),
                [Rsvp.Tentative] = links.To($"/svar?svar=kanskje&token={Uri.EscapeDataString(token)}"),
                [Rsvp.Declined] = links.To($"/svar?svar=nei&token={Uri.EscapeDataString(token)}"),
            };
            var roleText = invitation.Role == InvitationRole.Deputy ? $"som {invitation.DeputyOrder}. vara" : null;
            outbox.Enqueue(person.Email, person.Name, MeetingEmails.Render(new InvitationMail(kind, context.BodyName, meeting,
                context.Agenda, person.Name, roleText, meetingLink, answerLinks, changes, ics)));
        }
    }

    static string ToPartStat(Rsvp answer) => answer switch
    {
        Rsvp.Accepted => EventParticipationStatus.Accepted,
        Rsvp.Tentative => EventParticipationStatus.Tentative,
        Rsvp.Declined => EventParticipationStatus.Declined,
        _ => EventParticipationStatus.NeedsAction,
    };
}
