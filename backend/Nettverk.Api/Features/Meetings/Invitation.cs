using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Meetings;

public enum InvitationRole { Representative, Deputy }

/// <summary>kommer / kommer kanskje / kommer ikke, or no answer yet.</summary>
public enum Rsvp { NoAnswer, Accepted, Tentative, Declined }

/// <summary>One person's invitation to one meeting, for a seat. A deputy's invitation is withdrawn (and a CANCEL sent)
/// when the representative after all comes. <see cref="SentSequence"/> is the SEQUENCE this person last received, which
/// can run ahead of the meeting's (a deputy released and called again gets a higher one each time);
/// <see cref="SentMeetingSequence"/> is the version of the meeting that their entry shows. Changed through its
/// <see cref="Meeting"/>, which keeps the rules across a seat's invitations.</summary>
public sealed class Invitation : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; private set; }
    public Guid BodyId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid? SeatId { get; private set; }
    public InvitationRole Role { get; private set; }
    public int? DeputyOrder { get; private set; }
    public Rsvp Answer { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public string? Comment { get; private set; }
    /// <summary>Who recorded the answer: the person, or the secretariat on their behalf (a phone call, an e-mail).</summary>
    public string? AnsweredBy { get; private set; }
    public bool Active { get; private set; } = true;
    public DateTime InvitedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public int SentSequence { get; private set; } = -1;
    public int SentMeetingSequence { get; private set; } = -1;
    Guid? IAudited.AuditBodyId => BodyId;

    private Invitation() { }

    public Invitation(Guid meetingId, Guid bodyId, Guid personId, Guid? seatId, InvitationRole role, int? deputyOrder, DateTime nowUtc)
    {
        MeetingId = meetingId;
        BodyId = bodyId;
        PersonId = personId;
        SeatId = seatId;
        Role = role;
        DeputyOrder = deputyOrder;
        InvitedAt = nowUtc;
    }

    internal void Respond(Rsvp answer, string? comment, string answeredBy, DateTime nowUtc)
    {
        if (answer == Rsvp.NoAnswer) throw new FieldValidationException("answer", ErrorCodes.RsvpAnswerRequired, "Answer Accepted, Tentative or Declined.");
        if (!Active) throw new DomainRuleException("invitation_withdrawn", "This invitation was withdrawn: the representative is coming.");
        Answer = answer;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        AnsweredBy = answeredBy;
        AnsweredAt = nowUtc;
    }

    internal void Withdraw(DateTime nowUtc)
    {
        Active = false;
        WithdrawnAt = nowUtc;
    }

    /// <summary>Calls a deputy in again after a withdrawal, for this seat or (a deputy of two seats) the other one: the
    /// earlier answer no longer holds.</summary>
    internal void Reactivate(Guid seatId, int deputyOrder, DateTime nowUtc)
    {
        SeatId = seatId;
        Role = InvitationRole.Deputy;
        DeputyOrder = deputyOrder;
        Active = true;
        WithdrawnAt = null;
        Answer = Rsvp.NoAnswer;
        AnsweredAt = null;
        AnsweredBy = null;
        Comment = null;
        InvitedAt = nowUtc;
    }

    /// <summary>The SEQUENCE for a message that changes this person's entry: the meeting's, and always above what they
    /// had, so their calendar never takes a CANCEL or an update for the entry it already holds.</summary>
    public int NextSequence(int meetingSequence) => Math.Max(meetingSequence, SentSequence + 1);

    /// <summary>Whether the person's entry shows this version of the meeting.</summary>
    public bool HasVersion(int meetingSequence) => SentSequence >= 0 && SentMeetingSequence >= meetingSequence;

    internal void MarkSent(int sequence, int meetingSequence)
    {
        SentSequence = sequence;
        SentMeetingSequence = meetingSequence;
    }

    /// <summary>Marks a message sent at the meeting's own SEQUENCE (the demo data's invitations).</summary>
    internal void MarkSent(int sequence) => MarkSent(sequence, sequence);

    /// <summary>Whether a calendar reply answers an older SEQUENCE than this person was last sent (theirs can be ahead of
    /// the meeting's). A reply without a SEQUENCE is not judged stale.</summary>
    public bool IsStaleReply(int? replySequence) => replySequence is { } sequence && sequence < SentSequence;

    /// <summary>Whether this person is still expected at the meeting (and so gets reminders and updates).</summary>
    public bool Counts => Active && Answer != Rsvp.Declined;
}
