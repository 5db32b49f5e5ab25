using Hangfire;
using Nettverk.Api.Features.Hearings;

namespace Nettverk.Api.Jobs;

/// <summary>Reminds hearing parties without an answer before their deadline. Thin: the work and its idempotence live in
/// HearingReminders.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed class SendHearingRemindersJob(HearingReminders reminders, TimeProvider clock)
{
    public Task<int> RunAsync(CancellationToken ct) => reminders.SendDueAsync(clock.GetUtcNow().UtcDateTime, ct);
}
