using Nettverk.Api.Features.Minutes;
using Quartz;

namespace Nettverk.Api.Jobs;

/// <summary>Reminds those responsible for action items that are due soon or overdue. Thin: the work and its idempotence
/// live in FollowUpReminders.</summary>
[DisallowConcurrentExecution]
public sealed class SendActionItemRemindersJob(FollowUpReminders reminders, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("send-action-item-reminders", "minutes");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await reminders.SendActionItemRemindersAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
}

/// <summary>Reminds a body's secretariat when a held meeting still has no minutes after the body's number of days.</summary>
[DisallowConcurrentExecution]
public sealed class SendMinutesMissingRemindersJob(FollowUpReminders reminders, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("send-minutes-missing-reminders", "minutes");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await reminders.SendMinutesMissingRemindersAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
}
