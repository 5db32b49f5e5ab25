using Hangfire;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Api.Jobs;

/// <summary>Sends the meeting reminders and chasers that are due. Thin: the work and its idempotence live in
/// MeetingReminders. Two runs must not overlap (both could find the same reminder not yet recorded); no Hangfire retry,
/// because the next run is the retry.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed class SendMeetingRemindersJob(MeetingReminders reminders, TimeProvider clock)
{
    public Task<int> RunAsync(CancellationToken ct) => reminders.SendDueAsync(clock.GetUtcNow().UtcDateTime, ct);
}
