using Nettverk.Api.Features.Meetings;
using Quartz;

namespace Nettverk.Api.Jobs;

/// <summary>Sends the meeting reminders that are due. Thin: the work and its idempotence live in MeetingReminders.</summary>
[DisallowConcurrentExecution]
public sealed class SendMeetingRemindersJob(MeetingReminders reminders, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("send-meeting-reminders", "meetings");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await reminders.SendDueAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
}
