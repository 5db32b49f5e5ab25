using Nettverk.Api.Mail;
using Quartz;

namespace Nettverk.Api.Jobs;

[DisallowConcurrentExecution]
public sealed class DispatchOutboxJob(OutboxDispatcher dispatcher, OutboxKick kick) : IJob
{
    public static readonly JobKey Key = new("dispatch-outbox", "mail");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        kick.Reset();
        await dispatcher.DispatchDueAsync(cancellationToken);
    }
}
