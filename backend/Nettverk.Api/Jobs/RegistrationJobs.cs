using Hangfire;
using Nettverk.Api.Features.Registrations;

namespace Nettverk.Api.Jobs;

/// <summary>Deletes registrants' needs after the meeting and expired unconfirmed registrations. Thin: the work and its
/// idempotence live in RegistrationCleanup.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed class CleanUpRegistrationsJob(RegistrationCleanup cleanup, TimeProvider clock)
{
    public Task<int> RunAsync(CancellationToken ct) => cleanup.RunAsync(clock.GetUtcNow().UtcDateTime, ct);
}
