using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>Turns the messages a meeting's rules returned (<see cref="InvitationMessage"/>) into outbox rows in the
/// caller's unit of work, one per person: the e-mail, its calendar part at the SEQUENCE the meeting decided, and the
/// one-click answer links. Decides nothing about who gets what.</summary>
public sealed class InvitationMailComposer(NettverkDbContext db, Outbox outbox, AppLinks links, RsvpTokens tokens, TimeProvider clock,
    IOptions<MailOptions> mailOptions, IOptions<InboundMailOptions> inbound)
{
    public async Task EnqueueAsync(Meeting meeting, IReadOnlyList<InvitationMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0) return;
        var context = await MeetingContext.LoadAsync(db, meeting, ct);
        var personIds = messages.Select(m => m.Invitation.PersonId).ToList();
        var people = await db.People.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        // The UID that goes out is the one stored: replies are matched by it.
        var uid = meeting.FixCalendarUid(mailOptions.Value.MessageIdDomain);
        // Outlook and Google drop a REQUEST or CANCEL without an ORGANIZER: with no secretariat, the sender's address.
        var organizer = MeetingCalendar.InvitationOrganizer(context, inbound.Value)
            ?? new CalendarAddress(mailOptions.Value.From, $"{context.BodyName} (sekretariatet)");
        var meetingLink = links.To($"/moter/{meeting.Id}");
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (invitation, kind, sequence, changes) in messages)
        {
            if (!people.TryGetValue(invitation.PersonId, out var person)) continue;
            var cancel = kind.CancelsEntry();
            string? ics = null;
            if (sequence is { } entrySequence)
            {
                var attendee = new CalendarAttendee(person.Email, person.Name,
                    cancel ? EventParticipationStatus.Declined : ToPartStat(invitation.Answer), Rsvp: !cancel);
                // A deputy who is no longer needed gets a CANCEL of their own copy: the meeting itself goes on.
                var calendarEvent = MeetingCalendar.Event(meeting, context, uid, entrySequence, now, meetingLink, organizer, attendee, cancelled: cancel);
                ics = MeetingCalendar.Write(cancel ? CalendarMethod.Cancel : CalendarMethod.Request, [calendarEvent]);
            }
            var roleText = invitation.Role == InvitationRole.Deputy ? $"som {invitation.DeputyOrder}. vara" : null;
            outbox.Enqueue(person.Email, person.Name, MeetingEmails.Render(new InvitationMail(kind, context.BodyName, meeting,
                context.Agenda, person.Name, roleText, meetingLink, cancel ? new Dictionary<Rsvp, string>() : AnswerLinks(invitation, meeting), changes, ics)));
        }
    }

    Dictionary<Rsvp, string> AnswerLinks(Invitation invitation, Meeting meeting)
    {
        var token = Uri.EscapeDataString(tokens.Create(invitation.Id, meeting.EndsAtUtc));
        return new Dictionary<Rsvp, string>
        {
            [Rsvp.Accepted] = links.To($"/svar?svar=ja&token={token}"),
            [Rsvp.Tentative] = links.To($"/svar?svar=kanskje&token={token}"),
            [Rsvp.Declined] = links.To($"/svar?svar=nei&token={token}"),
        };
    }

    static string ToPartStat(Rsvp answer) => answer switch
    {
        Rsvp.Accepted => EventParticipationStatus.Accepted,
        Rsvp.Tentative => EventParticipationStatus.Tentative,
        Rsvp.Declined => EventParticipationStatus.Declined,
        _ => EventParticipationStatus.NeedsAction,
    };
}
