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

    public async Task KickAsync()
    {
        if (Interlocked.Exchange(ref pending, 1) == 1) return;
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

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (wroteMail)
        {
            wroteMail = false;
            await kick.KickAsync();
        }
        return result;
    }
}
