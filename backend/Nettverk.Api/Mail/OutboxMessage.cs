namespace Nettverk.Api.Mail;

public enum OutboxStatus { Pending, Sent, Failed }

/// <summary>An e-mail to one recipient, written in the same transaction as the change that causes it and sent later
/// by the dispatcher. Its <see cref="MessageId"/> is fixed at creation, so a resend after a crash is recognisable.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string MessageId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string To { get; init; } = "";
    public string? ToName { get; init; }
    public string Subject { get; init; } = "";
    public string TextBody { get; init; } = "";
    public string? HtmlBody { get; init; }
    /// <summary>An iMIP calendar part (RFC 6047): the method (REQUEST, CANCEL …) and the iCalendar text, sent both as a
    /// text/calendar alternative, which makes mail clients show Accept/Decline, and as an .ics attachment.</summary>
    public string? CalendarMethod { get; init; }
    public string? CalendarBody { get; init; }
    public DateTime CreatedAt { get; init; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    /// <summary>Claim held by one dispatcher while it sends; expires so a crashed dispatcher's claim is taken over.</summary>
    public Guid? ClaimToken { get; set; }
    public DateTime? ClaimedUntil { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
}
