using Hangfire;
using Nettverk.Api.Features.Minutes;

namespace Nettverk.Api.Jobs;

/// <summary>Reminds those responsible for action items that are due soon or overdue. Thin: the work and its idempotence
/// live in FollowUpReminders.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed class SendActionItemRemindersJob(FollowUpReminders reminders, TimeProvider clock)
{
    public Task<int> RunAsync(CancellationToken ct) =>
        reminders.SendActionItemRemindersAsync(clock.GetUtcNow().UtcDateTime, ct);
}

/// <summary>Reminds a body's secretariat when a held meeting still has no minutes after the body's number of days.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed class SendMinutesMissingRemindersJob(FollowUpReminders reminders, TimeProvider clock)
{
    public Task<int> RunAsync(CancellationToken ct) =>
        reminders.SendMinutesMissingRemindersAsync(clock.GetUtcNow().UtcDateTime, ct);
}
