using Microsoft.Extensions.Options;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Mail;

/// <summary>What an e-mail says, rendered by one class per e-mail kind.</summary>
public sealed record MailContent(string Kind, string Subject, string TextBody, string? HtmlBody)
{
    public CalendarPart? Calendar { get; init; }
}

/// <summary>The iCalendar text of an invitation, update or cancellation, and its RFC 5546 method.</summary>
public sealed record CalendarPart(Calendar.CalendarMethod Method, string Text);

/// <summary>Adds messages to the outbox of the caller's unit of work: they are committed with the caller's
/// SaveChanges, or not at all.</summary>
public sealed class Outbox(NettverkDbContext db, TimeProvider clock, IOptions<MailOptions> options)
{
    public OutboxMessage Enqueue(string to, string? toName, MailContent content)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Guid.CreateVersion7();
        var message = new OutboxMessage
        {
            Id = id,
            MessageId = $"<{id:N}@{options.Value.MessageIdDomain}>",
            Kind = content.Kind,
            To = to,
            ToName = toName,
            Subject = content.Subject,
            TextBody = content.TextBody,
            HtmlBody = content.HtmlBody,
            CalendarMethod = content.Calendar?.Method.ToString().ToUpperInvariant(),
            CalendarBody = content.Calendar?.Text,
            CreatedAt = now,
            NextAttemptAt = now,
            Status = OutboxStatus.Pending,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

}
