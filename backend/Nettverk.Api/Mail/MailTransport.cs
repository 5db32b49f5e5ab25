namespace Nettverk.Api.Mail;

/// <summary>Where messages go: opens one session per dispatched batch (one SMTP connection for all its messages).
/// A session is not thread-safe: one per dispatcher loop.</summary>
public interface IMailTransport
{
    /// <summary>Throws when the way out cannot be opened (server down, TLS or login refused): every message of the
    /// batch is then retried later.</summary>
    Task<IMailSession> OpenAsync(CancellationToken ct);
}

public interface IMailSession : IAsyncDisposable
{
    /// <summary>Returns when the message was accepted. Throws <see cref="MailRejectedException"/> when the server
    /// refused this message and the session can go on; any other exception means the session is lost, and the message
    /// may or may not have arrived.</summary>
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>The server's answer refusing one message. Permanent (SMTP 5xx): the message is failed at once, no retry;
/// transient (4xx): retried with backoff. <see cref="Exception.Message"/> is the server's answer, kept for administrators.</summary>
public sealed class MailRejectedException(bool permanent, string serverAnswer, Exception? inner = null)
    : Exception(serverAnswer, inner)
{
    public bool Permanent { get; } = permanent;
}
