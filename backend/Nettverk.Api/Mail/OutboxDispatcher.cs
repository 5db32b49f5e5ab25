using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Mail;

/// <summary>Sends due outbox messages. Each message is claimed before it is sent and marked sent right after the
/// transport accepted it, so two dispatchers never send the same message, and a crash between acceptance and the mark
/// resends it once, with the same Message-ID, after the claim expires.</summary>
public sealed class OutboxDispatcher(
    NettverkDbContext db, IMailTransport transport, TimeProvider clock, IOptions<MailOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Sends what is due, batch after batch, until nothing is due. Returns the number sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var sent = 0;
        while (!ct.IsCancellationRequested)
        {
            var (claimed, sentNow) = await DispatchBatchAsync(ct);
            sent += sentNow;
            if (claimed < options.Value.BatchSize) break;
        }
        return sent;
    }

    async Task<(int Claimed, int Sent)> DispatchBatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();
        var due = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(ct);
        if (due.Count == 0) return (0, 0);

        // The same condition again in the UPDATE: a concurrent dispatcher that claimed first wins, and one that
        // already failed and released the message (due later now) is not retried at once by a slower one.
        var leaseEnd = now + TimeSpan.FromSeconds(options.Value.ClaimLeaseSeconds);
        await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now
                && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, leaseEnd), ct);
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimToken == token)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).ToListAsync(ct);

        var sent = 0;
        foreach (var message in messages)
        {
            if (await SendOneAsync(message, token, ct)) sent++;
        }
        return (due.Count, sent);
    }

    async Task<bool> SendOneAsync(OutboxMessage message, Guid token, CancellationToken ct)
    {
        try
        {
            await transport.SendAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var failed = attempts >= options.Value.MaxAttempts;
            var retryAt = clock.GetUtcNow().UtcDateTime + Backoff(attempts);
            logger.LogWarning(e, "Sending {MessageId} failed (attempt {Attempts})", message.MessageId, attempts);
            await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == token)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.Status, failed ? OutboxStatus.Failed : OutboxStatus.Pending)
                    .SetProperty(m => m.NextAttemptAt, retryAt)
                    .SetProperty(m => m.LastError, Truncate(e.Message))
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);
            return false;
        }
        // Not cancellable: the server has the message, so recording that must not be skipped.
        var sentAt = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == token)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.Attempts, message.Attempts + 1)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        return true;
    }

    /// <summary>30 s, 1 min, 2 min … capped at 2 hours.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Max(0, attempts - 1)), 7200));

    static string Truncate(string s) => s.Length <= 2000 ? s : s[..2000];
}
