using Hangfire;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Jobs;

/// <summary>Sends what is due in the outbox: enqueued after a commit that wrote mail (the kick) and run as a recurring
/// sweep. Which message goes out is decided by the outbox claim, never by Hangfire: a run that Hangfire repeats, or two
/// runs at once on two instances, send nothing twice. No Hangfire retry: a failed send is retried by the outbox's own
/// backoff, and a failed run by the next sweep.</summary>
[AutomaticRetry(Attempts = 0)]
public sealed class DispatchOutboxJob(OutboxDispatcher dispatcher, OutboxPump pump, OutboxKick kick)
{
    public Task RunAsync(CancellationToken ct)
    {
        kick.Reset(); // anything committed from now on may kick again: this run might have looked already
        return pump.RunAsync(dispatcher.DispatchDueAsync, ct);
    }
}

/// <summary>One dispatcher at a time in this process, so a SIGKILL can catch at most one message between the server's
/// acceptance and our mark (DESIGN.md's one honest duplicate). A run asked for while another runs is not queued behind
/// it: the running one goes round once more. Not [DisableConcurrentExecution]: that would hold a Hangfire worker while a
/// 200-invitation fan-out runs, end in a lock timeout, and on SQLite its lock row outlives a killed process for the
/// lock's lifetime, delaying the first dispatch after a restart.</summary>
public sealed class OutboxPump
{
    readonly SemaphoreSlim gate = new(1, 1);
    int requested;

    public async Task RunAsync(Func<CancellationToken, Task<int>> dispatch, CancellationToken ct)
    {
        Interlocked.Exchange(ref requested, 1);
        do
        {
            if (!await gate.WaitAsync(0, CancellationToken.None)) return; // the one running sees the request
            try
            {
                while (Interlocked.Exchange(ref requested, 0) == 1 && !ct.IsCancellationRequested) await dispatch(ct);
            }
            finally
            {
                gate.Release();
            }
            // A request that came between the last look and the release would otherwise wait for the sweep.
        } while (Volatile.Read(ref requested) == 1 && !ct.IsCancellationRequested);
    }
}
