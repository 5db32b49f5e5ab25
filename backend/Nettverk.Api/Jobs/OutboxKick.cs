using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Nettverk.Api.Mail;
using Quartz;

namespace Nettverk.Api.Jobs;

/// <summary>Starts the dispatcher right after a change that wrote mail is committed, instead of at its next tick.
/// At most one kick is outstanding; the periodic trigger remains the safety net.</summary>
public sealed class OutboxKick(ISchedulerFactory schedulers, ILogger<OutboxKick> logger)
{
    int pending;

    public void Reset() => Interlocked.Exchange(ref pending, 0);

    /// <summary>Not awaited by the caller: the caller may still hold a database transaction that the job store must wait for.</summary>
    public void Kick()
    {
        if (Interlocked.Exchange(ref pending, 1) == 1) return;
        _ = Task.Run(TriggerAsync);
    }

    async Task TriggerAsync()
    {
        try
        {
            var scheduler = await schedulers.GetScheduler();
            if (await scheduler.GetStatus() == SchedulerStatus.Running) await scheduler.TriggerJob(DispatchOutboxJob.Key, new JobDataMap());
            else Reset();
        }
        catch (Exception e)
        {
            Reset();
            logger.LogWarning(e, "Could not trigger the outbox dispatcher; its periodic run will send the mail");
        }
    }
}

public sealed class OutboxKickInterceptor(OutboxKick kick) : SaveChangesInterceptor
{
    bool wroteMail;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        wroteMail = eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (wroteMail)
        {
            wroteMail = false;
            kick.Kick();
        }
        return ValueTask.FromResult(result);
    }
}
