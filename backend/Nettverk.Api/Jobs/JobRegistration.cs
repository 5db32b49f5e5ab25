using Hangfire;
using Hangfire.AspNetCore;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Jobs;

/// <summary>Every Hangfire job, in one place. Work state lives in our own tables (the outbox, SentReminders …), so a job
/// that runs twice does nothing twice; Hangfire only decides when the work runs.</summary>
public static class JobRegistration
{
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var intervals = JobIntervals.From(builder.Configuration);
        services.AddSingleton(intervals);
        services.AddSingleton<OutboxKick>();
        services.AddSingleton<OutboxPump>();
        services.AddScoped<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, OutboxKickInterceptor>();

        // Our own storage and activator, registered before AddHangfire (which only adds them if missing): its defaults
        // are the process-wide JobStorage.Current and JobActivator.Current, which two app instances in one process (the
        // API tests) would overwrite for each other and then run each other's jobs.
        services.AddSingleton<JobStorage>(sp =>
        {
            sp.GetRequiredService<IGlobalConfiguration>(); // the log provider below in place before the storage logs
            return JobStorages.Create(builder, sp.GetRequiredService<ILoggerFactory>());
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(_ => { });
        // Replaces AddHangfire's own (the last registration wins): the same settings, but a log provider that survives
        // the disposal of this app's logger factory, and no process-wide activator or storage.
        services.AddSingleton<IGlobalConfiguration>(sp => GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new DisposalSafeLogProvider(new AspNetCoreLogProvider(sp.GetRequiredService<ILoggerFactory>()))));
        services.AddHostedService<RecurringJobs>(); // before the server, so the schedule is in place when it starts
        services.AddHangfireServer(o =>
        {
            o.ServerName = $"nettverk:{Environment.MachineName}:{Environment.ProcessId}";
            o.WorkerCount = 4; // a handful of short jobs; every idle worker polls the queue
            o.SchedulePollingInterval = intervals.SchedulePolling;
            // The dispatcher stops between messages when asked; a stop should not wait long for anything else.
            o.ShutdownTimeout = TimeSpan.FromSeconds(5);
            o.StopTimeout = TimeSpan.FromSeconds(5);
        });
        return builder;
    }

    /// <summary>Puts every recurring job in place at start-up (add or update by id, so a changed interval takes effect,
    /// and a job no longer wanted is removed).</summary>
    sealed class RecurringJobs(IRecurringJobManager jobs, JobIntervals intervals, OutboxKick kick,
        Microsoft.Extensions.Options.IOptions<InboundMailOptions> inboundOptions) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            // The sweep: sends whatever the kick after a commit did not (a crash, a failed enqueue, a retry due later).
            jobs.AddOrUpdate<DispatchOutboxJob>("outbox-dispatch", j => j.RunAsync(CancellationToken.None),
                Every.Seconds(intervals.Dispatch));
            jobs.AddOrUpdate<SendMeetingRemindersJob>("meeting-reminders", j => j.RunAsync(CancellationToken.None),
                Every.Seconds(intervals.MeetingReminders));
            jobs.AddOrUpdate<SendActionItemRemindersJob>("action-item-reminders", j => j.RunAsync(CancellationToken.None),
                Every.Seconds(intervals.FollowUpReminders));
            jobs.AddOrUpdate<SendMinutesMissingRemindersJob>("minutes-missing-reminders", j => j.RunAsync(CancellationToken.None),
                Every.Seconds(intervals.FollowUpReminders));
            jobs.AddOrUpdate<SendHearingRemindersJob>("hearing-reminders", j => j.RunAsync(CancellationToken.None),
                Every.Seconds(intervals.FollowUpReminders));
            jobs.AddOrUpdate<SendInputRoundRemindersJob>("input-round-reminders", j => j.RunAsync(CancellationToken.None),
                Every.Seconds(intervals.FollowUpReminders));
            jobs.AddOrUpdate<CleanUpRegistrationsJob>("registration-cleanup", j => j.RunAsync(CancellationToken.None),
                Every.Seconds(intervals.FollowUpReminders));

            // Calendar answers e-mailed to the ORGANIZER (Mail:Inbound); without a mailbox there is nothing to read.
            var inbound = inboundOptions.Value;
            if (inbound.IsConfigured)
                jobs.AddOrUpdate<PollInboundMailboxJob>("inbound-mailbox", j => j.RunAsync(CancellationToken.None),
                    Every.Seconds(inbound.PollIntervalSeconds));
            else jobs.RemoveIfExists("inbound-mailbox");
            kick.Kick(); // mail a previous run left pending goes out now, not at the first sweep
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The existing interval settings, in seconds.</summary>
public sealed record JobIntervals(int Dispatch, int MeetingReminders, int FollowUpReminders)
{
    public static JobIntervals From(IConfiguration configuration) => new(
        Math.Max(1, configuration.GetValue("Mail:DispatchIntervalSeconds", 15)),
        Math.Max(1, configuration.GetValue("Meetings:ReminderIntervalSeconds", 300)),
        Math.Max(1, configuration.GetValue("Minutes:ReminderIntervalSeconds", 900)));

    /// <summary>How often the server looks for due recurring jobs: the recurring scheduler is only as precise as this, so
    /// a quarter of the shortest interval, between 1 and 15 s (Hangfire's default). Each look takes a lock in storage.</summary>
    public TimeSpan SchedulePolling =>
        TimeSpan.FromSeconds(Math.Clamp(Math.Min(Dispatch, Math.Min(MeetingReminders, FollowUpReminders)) / 4, 1, 15));
}
