using Hangfire;
using Nettverk.Api.Mail.Inbound;

namespace Nettverk.Api.Jobs;

/// <summary>Reads the calendar answers in the inbound mailbox. Thin: what was handled is recorded by InboundMailbox in
/// our own table, so a run that Hangfire repeats applies nothing twice; a failed run is simply the next poll's work.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed class PollInboundMailboxJob(InboundMailbox mailbox)
{
    public Task RunAsync(CancellationToken ct) => mailbox.PollAsync(ct);
}
