using System.Data.Common;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Jobs;

/// <summary>Enqueues the dispatcher right after a change that wrote mail is committed, so it goes out within seconds
/// rather than at the next sweep. At most one kick is outstanding (a fan-out of many saves enqueues one job); the
/// recurring sweep is the safety net when an enqueue fails or the process dies before the job ran.</summary>
public sealed class OutboxKick(IServiceProvider services, ILogger<OutboxKick> logger)
{
    int pending;

    public void Reset() => Interlocked.Exchange(ref pending, 0);

    /// <summary>Not awaited by the caller: its request need not wait for the job storage's write.</summary>
    public void Kick()
    {
        if (Interlocked.Exchange(ref pending, 1) == 1) return;
        _ = Task.Run(() =>
        {
            try
            {
                services.GetRequiredService<IBackgroundJobClient>().Enqueue<DispatchOutboxJob>(j => j.RunAsync(CancellationToken.None));
            }
            catch (Exception e)
            {
                Reset();
                // Also when the app is stopping and the storage is gone: the mail stays pending for the next start.
                logger.LogWarning(e, "Could not enqueue the outbox dispatcher; its recurring sweep will send the mail");
            }
        });
    }
}

/// <summary>Kicks the dispatcher after a save that added outbox rows — once the rows are committed: at once for a save
/// in its own transaction, at the commit for one inside an explicit transaction (before it, the dispatcher would not
/// see them yet).</summary>
public sealed class OutboxKickInterceptor(OutboxKick kick) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    bool wroteMail, awaitingCommit;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        wroteMail = eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        wroteMail = eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    void Saved(DbContext? context)
    {
        if (!wroteMail) return;
        wroteMail = false;
        if (context?.Database.CurrentTransaction is not null) awaitingCommit = true;
        else kick.Kick();
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => awaitingCommit = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        awaitingCommit = false;
        return Task.CompletedTask;
    }

    void Committed()
    {
        if (!awaitingCommit) return;
        awaitingCommit = false;
        kick.Kick();
    }
}
