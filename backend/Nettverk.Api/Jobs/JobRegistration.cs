using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;
using Quartz;

namespace Nettverk.Api.Jobs;

/// <summary>Every Quartz job and trigger, in one place. Work state lives in our own tables, so a job that runs twice
/// does nothing twice; the persistent store in the same database lets several instances share the schedule.</summary>
public static class JobRegistration
{
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new();
        var connectionString = PersistenceRegistration.ConnectionString(builder, database);
        var mail = builder.Configuration.GetSection("Mail").Get<MailOptions>() ?? new();
        var reminderInterval = builder.Configuration.GetValue("Meetings:ReminderIntervalSeconds", 300);
        var followUpInterval = builder.Configuration.GetValue("Minutes:ReminderIntervalSeconds", 900);

        builder.Services.AddSingleton<OutboxKick>();
        builder.Services.AddScoped<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, OutboxKickInterceptor>();
        builder.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.SqlServer)
                {
                    store.UseSqlServer(connectionString);
                    store.UseClustering();
                }
                else store.UseSqlite(connectionString); // Quartz refuses clustering on SQLite: one instance is the embedded case.
                store.ProvisionSchema();
            });
            q.AddJob<DispatchOutboxJob>(j => j.WithIdentity(DispatchOutboxJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(DispatchOutboxJob.Key).WithIdentity("dispatch-outbox-every", "mail")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(mail.DispatchIntervalSeconds))
                    .RepeatForever().MeasureIntervalFromCompletion(true)));
            q.AddJob<SendMeetingRemindersJob>(j => j.WithIdentity(SendMeetingRemindersJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(SendMeetingRemindersJob.Key).WithIdentity("send-meeting-reminders-every", "meetings")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(reminderInterval)).RepeatForever()));
            q.AddJob<SendActionItemRemindersJob>(j => j.WithIdentity(SendActionItemRemindersJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(SendActionItemRemindersJob.Key).WithIdentity("send-action-item-reminders-every", "minutes")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(followUpInterval)).RepeatForever()));
            q.AddJob<SendMinutesMissingRemindersJob>(j => j.WithIdentity(SendMinutesMissingRemindersJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(SendMinutesMissingRemindersJob.Key).WithIdentity("send-minutes-missing-reminders-every", "minutes")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(followUpInterval)).RepeatForever()));
        });
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
