using Hangfire;
using Nettverk.Api.Features.InputRounds;

namespace Nettverk.Api.Jobs;

/// <summary>Reminds the parties of open input rounds that have not answered when a round's due time has come. Thin: the
/// work and its idempotence live in InputRoundReminders.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed class SendInputRoundRemindersJob(InputRoundReminders reminders, TimeProvider clock)
{
    public Task<int> RunAsync(CancellationToken ct) => reminders.SendRemindersAsync(clock.GetUtcNow().UtcDateTime, ct);
}
