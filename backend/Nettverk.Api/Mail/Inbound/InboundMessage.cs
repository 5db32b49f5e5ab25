namespace Nettverk.Api.Mail.Inbound;

/// <summary>What became of a message read from the inbound mailbox.</summary>
public enum InboundOutcome
{
    Applied,
    /// <summary>No calendar part at all: an ordinary e-mail sent to the organiser's address.</summary>
    NotCalendar,
    /// <summary>A calendar part that is not a REPLY we can read.</summary>
    Invalid,
    UnknownMeeting,
    Stale,
    UnknownAttendee,
    /// <summary>The meeting's rules refuse the answer (cancelled, over, invitation withdrawn).</summary>
    Refused,
    /// <summary>The REPLY answers for someone other than the message's sender.</summary>
    WrongSender,
    /// <summary>Not a MIME message MimeKit can read.</summary>
    Unreadable,
}

/// <summary>One message read from the inbound mailbox, keyed by its Message-ID (or a hash of the raw message without
/// one). Written in the same SaveChanges as the answer it applied, so a message seen again (a crash between the commit
/// and the IMAP MOVE, or the same mail delivered twice) is only moved, never applied twice.</summary>
public sealed class InboundMessage
{
    public const int KeyLength = 200;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Key { get; private set; } = "";
    public string? From { get; private set; }
    public string? Subject { get; private set; }
    public InboundOutcome Outcome { get; private set; }
    public string? Detail { get; private set; }
    public DateTime HandledAtUtc { get; private set; }

    private InboundMessage() { }

    public InboundMessage(string key, string? from, string? subject, InboundOutcome outcome, string? detail, DateTime handledAtUtc)
    {
        Key = key;
        From = Cut(from, 320);
        Subject = Cut(subject, 400);
        Record(outcome, detail, handledAtUtc);
    }

    /// <summary>A message that was not applied may be seen again (a person moved it back after fixing the invitee
    /// list); it is tried again and its latest outcome kept.</summary>
    public void Record(InboundOutcome outcome, string? detail, DateTime handledAtUtc)
    {
        Outcome = outcome;
        Detail = Cut(detail, 500);
        HandledAtUtc = handledAtUtc;
    }

    static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
