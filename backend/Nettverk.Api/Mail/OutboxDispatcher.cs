using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Mail;

/// <summary>Sends due outbox messages. Each message is claimed before it is sent and marked sent right after the
/// transport accepted it, so two dispatchers never send the same message, and a crash between acceptance and the mark
/// resends it once, with the same Message-ID, after the claim expires. Each batch goes over one transport session (one
/// SMTP connection); a permanent refusal fails a message at once, a transient one is retried with backoff.</summary>
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
            var batch = await DispatchBatchAsync(ct);
            sent += batch.Sent;
            // After a lost connection the next run (or the next kick) tries again: no reconnect loop against a server
            // that is down.
            if (batch.Claimed < options.Value.BatchSize || batch.ConnectionLost) break;
        }
        return sent;
    }

    async Task<(int Claimed, int Sent, bool ConnectionLost)> DispatchBatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();
        var due = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(ct);
        if (due.Count == 0) return (0, 0, false);

        // The same condition again in the UPDATE: a concurrent dispatcher that claimed first wins, and one that
        // already failed and released the message (due later now) is not retried at once by a slower one.
        var leaseEnd = now + TimeSpan.FromSeconds(options.Value.ClaimLeaseSeconds);
        await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now
                && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, leaseEnd), ct);
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimToken == token)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).ToListAsync(ct);
        if (messages.Count == 0) return (due.Count, 0, false);

        IMailSession session;
        try
        {
            session = await transport.OpenAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Server down, TLS or login refused: an attempt for every message, each retried after its backoff.
            logger.LogWarning(e, "Could not open the mail transport for {Count} messages", messages.Count);
            foreach (var message in messages) await RecordFailureAsync(message, token, e.Message, permanent: false);
            return (due.Count, 0, true);
        }

        var sent = 0;
        // Each mark is awaited before the next message goes: overlapping them would let a crash leave two accepted but
        // unmarked messages, and DESIGN's duplicate window is one message per dispatcher.
        await using (session)
        {
            for (var i = 0; i < messages.Count; i++)
            {
                var message = messages[i];
                try
                {
                    await session.SendAsync(message, ct);
                }
                catch (MailRejectedException e)
                {
                    logger.LogWarning("The server refused {MessageId} ({Kind}): {Answer}", message.MessageId,
                        e.Permanent ? "permanently" : "for now", e.Message);
                    await RecordFailureAsync(message, token, e.Message, e.Permanent);
                    continue;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The connection broke while this message was on its way: it may have arrived (the one honest
                    // duplicate window; the resend carries the same Message-ID). The rest of the batch was never
                    // tried: released as it was, for the next run.
                    logger.LogWarning(e, "The mail connection was lost sending {MessageId}", message.MessageId);
                    await RecordFailureAsync(message, token, e.Message, permanent: false);
                    await ReleaseAsync(messages.Skip(i + 1).Select(m => m.Id).ToList(), token);
                    return (due.Count, sent, true);
                }
                await MarkSentAsync(message, token);
                sent++;
            }
        }
        return (due.Count, sent, false);
    }

    // Not cancellable: the server has the message, so recording that must not be skipped.
    Task MarkSentAsync(OutboxMessage message, Guid token)
    {
        var sentAt = clock.GetUtcNow().UtcDateTime;
        return db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == token)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.Attempts, message.Attempts + 1)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);
    }

    /// <summary>One failed attempt: failed for good after a permanent refusal or the last attempt, else due again
    /// after the backoff. The claim is given up either way.</summary>
    Task RecordFailureAsync(OutboxMessage message, Guid token, string error, bool permanent)
    {
        var attempts = message.Attempts + 1;
        var failed = permanent || attempts >= options.Value.MaxAttempts;
        var retryAt = clock.GetUtcNow().UtcDateTime + Backoff(attempts, options.Value.RetryBaseSeconds);
        return db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == token)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.Status, failed ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(m => m.NextAttemptAt, retryAt)
                .SetProperty(m => m.LastError, Truncate(error))
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);
    }

    /// <summary>Gives up the claim on messages never tried: due at once again, no attempt counted.</summary>
    Task ReleaseAsync(List<Guid> ids, Guid token) =>
        ids.Count == 0 ? Task.CompletedTask : db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.ClaimToken == token)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);

    /// <summary>30 s, 1 min, 2 min … capped at 2 hours (from <see cref="MailOptions.RetryBaseSeconds"/>, 30 by default).</summary>
    public static TimeSpan Backoff(int attempts, int baseSeconds = 30) =>
        TimeSpan.FromSeconds(Math.Min(baseSeconds * Math.Pow(2, Math.Max(0, attempts - 1)), 7200));

    static string Truncate(string s) => s.Length <= 2000 ? s : s[..2000];
}
