using Nettverk.Api.Common;
using Nettverk.Api.Features.Memberships;

namespace Nettverk.Api.Features.Meetings;

/// <summary>One e-mail the meeting's rules call for: to whom, of which kind, and the SEQUENCE its calendar entry carries
/// (already recorded on the invitation), or null for a message that goes without one.</summary>
public sealed record InvitationMessage(Invitation Invitation, InvitationMailKind Kind, int? Sequence, IReadOnlyList<MeetingChange> Changes);

/// <summary>Who is invited and what they are sent: invitations when the meeting is called, updates when it changes,
/// cancellations, reminders, and the deputy chain (a representative declines → vara 1 is called in → vara 2 …; the
/// representative after all comes → the deputies get a CANCEL). Each person's SEQUENCE rises strictly with every message
/// that changes their entry (<see cref="Invitation.NextSequence"/>); only a reminder repeating the very entry they hold
/// repeats it. Commands on invitations need them all loaded: the rules look across the seat and the meeting.</summary>
public sealed partial class Meeting
{
    readonly List<Invitation> invitations = [];

    public IReadOnlyList<Invitation> Invitations => invitations;

    /// <summary>Publishes the agenda and calls the meeting: every seat's representative is invited (or its first deputy,
    /// where the seat has none), and everyone whose entry does not show this version gets the invitation or, after an
    /// agenda change, the update. Called again with nothing changed, it sends nothing. Fixes the UID.</summary>
    public IReadOnlyList<InvitationMessage> Call(IEnumerable<Seat> seats, string calendarDomain, DateTime nowUtc)
    {
        EnsureCallable();
        Call(nowUtc);
        InvitationsVersion++;
        FixCalendarUid(calendarDomain);
        var messages = PublishAgenda() ? SendToThoseBehind(InvitationMailKind.Update, []) : [];
        foreach (var seat in seats) InviteHolder(seat, nowUtc);
        return [.. messages, .. SendToThoseBehind(InvitationMailKind.Invitation, [])];
    }

    /// <summary>Records an answer and moves the deputy chain on: a decline that leaves the seat with nobody coming calls
    /// the next free deputy of <paramref name="seat"/> (the invitation's seat, or null when it has none), or no one when
    /// none is free; the representative coming after all releases the deputies called in. The answer is the person's
    /// own: the chain never refuses it.</summary>
    public IReadOnlyList<InvitationMessage> Respond(Invitation invitation, Rsvp answer, string? comment, string answeredBy, Seat? seat,
        DateTime nowUtc)
    {
        EnsureOwn(invitation);
        if (seat is not null && seat.Id != invitation.SeatId) throw new ArgumentException("Not the invitation's seat.", nameof(seat));
        EnsureNotCancelled();
        EnsureNotOver(nowUtc);
        invitation.Respond(answer, comment, answeredBy, nowUtc);
        InvitationsVersion++;
        if (invitation.SeatId is not { } seatId) return [];
        if (answer == Rsvp.Declined)
        {
            if (invitations.Any(i => i.SeatId == seatId && i.Counts)) return [];
            return CallNextDeputy(seatId, seat?.Deputies ?? [], null, nowUtc) is { } called ? [called] : [];
        }
        if (invitation.Role != InvitationRole.Representative) return [];
        var released = invitations.Where(i => i.SeatId == seatId && i.Role == InvitationRole.Deputy && i.Active).ToList();
        foreach (var deputy in released) deputy.Withdraw(nowUtc);
        return released.Select(d => Send(d, InvitationMailKind.DeputyNotNeeded, [])).ToList();
    }

    /// <summary>The secretariat calls a deputy in by hand: the one named, or the next in order who has neither declined
    /// nor been called in already. A deputy released earlier is called in again with a fresh invitation. Not once the
    /// meeting is cancelled or over.</summary>
    public IReadOnlyList<InvitationMessage> CallDeputy(Seat? seat, Guid? personId, DateTime nowUtc)
    {
        EnsureNotCancelled();
        EnsureNotOver(nowUtc);
        if (Status != MeetingStatus.Called) throw new DomainRuleException("meeting_not_called", "Call the meeting first.");
        if (seat is null || seat.BodyId != BodyId)
            throw new FieldValidationException("seatId", ErrorCodes.SeatNotOfBody, "The seat does not belong to this body.");
        var called = CallNextDeputy(seat.Id, seat.Deputies, personId, nowUtc)
            ?? throw new DomainRuleException("no_deputy_left", "Every deputy for the seat has been asked.");
        InvitationsVersion++;
        return [called];
    }

    /// <summary>Reminders go to those still expected, chasers to those who have not answered, each once per due time
    /// (<paramref name="alreadyReminded"/>). They carry the calendar entry only when it is the very entry the person
    /// holds (their entry shows this version and the agenda is as published), with the same SEQUENCE; otherwise the text
    /// alone, as a repeated SEQUENCE with other content would be ignored or, worse, half taken.</summary>
    public IReadOnlyList<InvitationMessage> Remind(bool chaser, IReadOnlySet<Guid> alreadyReminded)
    {
        if (Status != MeetingStatus.Called) return [];
        var kind = chaser ? InvitationMailKind.RsvpChaser : InvitationMailKind.Reminder;
        return invitations
            .Where(i => i.Active && (chaser ? i.Answer == Rsvp.NoAnswer : i.Answer != Rsvp.Declined) && !alreadyReminded.Contains(i.Id))
            .Select(i => new InvitationMessage(i, kind, i.HasVersion(Sequence) && !AgendaChangedSinceCalled ? i.SentSequence : null, []))
            .ToList();
    }

    void InviteHolder(Seat seat, DateTime nowUtc)
    {
        if (seat.BodyId != BodyId) throw new ArgumentException("A seat of another body.", nameof(seat));
        if (invitations.Any(i => i.SeatId == seat.Id)) return;
        var (personId, role, order) = seat.RepresentativeId is { } rep ? (rep, InvitationRole.Representative, (int?)null)
            : seat.Deputies.OrderBy(d => d.Order).Select(d => (d.PersonId, InvitationRole.Deputy, (int?)d.Order)).FirstOrDefault();
        // A seat with nobody in it, or a person invited already (for another seat): nobody new to invite.
        if (personId == Guid.Empty || invitations.Any(i => i.PersonId == personId)) return;
        invitations.Add(new Invitation(Id, BodyId, personId, seat.Id, role, order, nowUtc));
    }

    /// <summary>Calls the deputy named, or else the next in order who is free: one with no invitation to this meeting,
    /// or one released earlier who had not declined. A deputy invited already (for this seat or another: a person can
    /// be deputy for two seats) or who declined is passed over; null when none is left, and the seat then shows nobody
    /// coming until the secretariat finds someone. Naming someone invited for another seat is refused.</summary>
    InvitationMessage? CallNextDeputy(Guid seatId, IEnumerable<SeatDeputy> deputies, Guid? personId, DateTime nowUtc)
    {
        var next = deputies.OrderBy(d => d.Order).FirstOrDefault(d => personId is { } wanted ? d.PersonId == wanted : IsFree(d.PersonId));
        if (next is null)
        {
            if (personId is not null) throw new FieldValidationException("personId", ErrorCodes.NotADeputyOfSeat, "The person is not a deputy for this seat.");
            return null;
        }
        // One invitation per person and meeting: it may be this seat's (released earlier) or another seat's.
        var invitation = invitations.FirstOrDefault(i => i.PersonId == next.PersonId);
        if (invitation is null)
        {
            invitation = new Invitation(Id, BodyId, next.PersonId, seatId, InvitationRole.Deputy, next.Order, nowUtc);
            invitations.Add(invitation);
        }
        else if (!invitation.Active) invitation.Reactivate(seatId, next.Order, nowUtc);
        else if (invitation.SeatId != seatId) throw new DomainRuleException("already_invited", "The person is invited for another seat.");
        return Send(invitation, InvitationMailKind.Invitation, []);
    }

    bool IsFree(Guid personId) =>
        invitations.FirstOrDefault(i => i.PersonId == personId) is not { } invitation || (!invitation.Active && invitation.Answer != Rsvp.Declined);

    /// <summary>A message to everyone invited whose entry does not show this version of the meeting yet.</summary>
    List<InvitationMessage> SendToThoseBehind(InvitationMailKind kind, IReadOnlyList<MeetingChange> changes) =>
        invitations.Where(i => i.Active && !i.HasVersion(Sequence)).Select(i => Send(i, kind, changes)).ToList();

    /// <summary>A message that changes the person's entry: the next SEQUENCE for them, recorded as sent.</summary>
    InvitationMessage Send(Invitation invitation, InvitationMailKind kind, IReadOnlyList<MeetingChange> changes)
    {
        var sequence = invitation.NextSequence(Sequence);
        invitation.MarkSent(sequence, Sequence);
        return new InvitationMessage(invitation, kind, sequence, changes);
    }

    void EnsureOwn(Invitation invitation)
    {
        if (!invitations.Contains(invitation)) throw new ArgumentException("Not an invitation to this meeting.", nameof(invitation));
    }
}
