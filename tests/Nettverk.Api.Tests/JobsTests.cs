using Hangfire;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Jobs;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The Hangfire set-up: intervals as cron, the storage per provider, an old Quartz database upgraded, and a
/// dispatch job run many times at once sending each message once.</summary>
public sealed class JobsTests
{
    [Theory]
    [InlineData(1, "*/1 * * * * *")]
    [InlineData(15, "*/15 * * * * *")]
    [InlineData(45, "*/30 * * * * *")]
    [InlineData(300, "0 */5 * * * *")]
    [InlineData(900, "0 */15 * * * *")]
    [InlineData(3600, "0 0 */1 * * *")]
    [InlineData(86400, "0 0 0 * * *")]
    public void Interval_BecomesACronExpression_HangfireAccepts(int seconds, string cron)
    {
        Every.Seconds(seconds).Should().Be(cron);
        FluentActions.Invoking(() => RecurringJobEntityParse(cron)).Should().NotThrow();
    }

    static void RecurringJobEntityParse(string cron) =>
        typeof(RecurringJob).Assembly.GetType("Hangfire.RecurringJobEntity")!
            .GetMethod("ParseCronExpression")!.Invoke(null, [cron]);

    [Fact]
    public void SqlServer_KeepsHangfireInTheAppsDatabase_AndLeavesItsSchemaToTheOperatorWhenMigrationsAreToo()
    {
        JobStorages.SqlServerOptions(new DatabaseOptions { Provider = DatabaseProvider.SqlServer }).PrepareSchemaIfNecessary.Should().BeTrue();
        var manual = JobStorages.SqlServerOptions(new DatabaseOptions { Provider = DatabaseProvider.SqlServer, MigrateOnStartup = false });
        manual.PrepareSchemaIfNecessary.Should().BeFalse();
        manual.QueuePollInterval.Should().Be(TimeSpan.Zero);
        manual.SchemaName.Should().Be("HangFire");
        // Constructible without a server when the schema is not prepared: what a start with MigrateOnStartup=false does.
        var storage = new Hangfire.SqlServer.SqlServerStorage(
            "Server=127.0.0.1,1;Database=Nettverk;User Id=sa;Password=x;TrustServerCertificate=true", manual);
        storage.ToString().Should().Contain("Nettverk");
    }

    [Fact]
    public async Task Sqlite_KeepsHangfireInItsOwnFile_InTheDataFolder()
    {
        using var app = new NettverkApp();
        await app.WithScopeAsync(sp =>
        {
            sp.GetRequiredService<JobStorage>().Should().BeOfType<Hangfire.Storage.SQLite.SQLiteStorage>();
            return Task.CompletedTask;
        });
        File.Exists(Path.Combine(app.DataFolder, "hangfire.db")).Should().BeTrue();
        await using var db = new SqliteConnection($"Data Source={Path.Combine(app.DataFolder, "nettverk.db")};Pooling=false");
        await db.OpenAsync();
        var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('Job', 'State', 'JobQueue') OR name LIKE 'QRTZ%'";
        ((long)(await command.ExecuteScalarAsync())!).Should().Be(0, "neither Hangfire's nor Quartz's tables are in the app's database");
    }

    [Fact]
    public async Task DispatchJob_RunManyTimesAtOnce_AsHangfireRetriesAndSweepsMight_SendsEachMessageOnce()
    {
        using var app = new NettverkApp();
        await app.WithScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<Outbox>();
            for (var i = 0; i < 30; i++) outbox.Enqueue($"mottaker{i:00}@example.org", null, new MailContent("test", $"Melding {i}", "Tekst", null));
            await sp.GetRequiredService<NettverkDbContext>().SaveChangesAsync();
        });
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.WithScopeAsync(sp =>
            ActivatorUtilities.CreateInstance<DispatchOutboxJob>(sp).RunAsync(CancellationToken.None))));
        var files = Directory.GetFiles(Path.Combine(app.DataFolder, "mail"), "*.eml");
        files.Where(f => File.ReadAllText(f).Contains("Melding ")).Should().HaveCount(30);
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "test" && m.Status == OutboxStatus.Sent))).Should().Be(30);
    }

    [Fact]
    public async Task AfterACommitThatWroteMail_TheKick_SendsItWithinSeconds()
    {
        using var app = new NettverkApp(); // the sweep runs hourly here: only the kick can send it in time
        await app.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<Outbox>().Enqueue("kick@example.org", null, new MailContent("test-kick", "Sparket", "Tekst", null));
            await sp.GetRequiredService<NettverkDbContext>().SaveChangesAsync();
        });
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline
               && !await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "test-kick" && m.Status == OutboxStatus.Sent)))
            await Task.Delay(200);
        (await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "test-kick"))).Status.Should().Be(OutboxStatus.Sent);
    }

    /// <summary>A database as the app on Quartz left it: the migrations up to Minutes, Quartz 4.7.3's tables as its
    /// ProvisionSchema made them (dumped from such a database into Fixtures/), and a message still pending.</summary>
    [Fact]
    public async Task DatabaseFromTheQuartzVersion_Starts_DropsQuartzTables_AndSendsItsPendingMail()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nettverk-quartz", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "nettverk.db");
        var options = new DbContextOptionsBuilder<SqliteNettverkDbContext>().UseSqlite($"Data Source={file}").Options;
        await using (var old = new SqliteNettverkDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261123013610_Minutes");
            await old.Database.ExecuteSqlRawAsync(await File.ReadAllTextAsync(
                Path.Combine(RepoRoot.Path, "tests", "Nettverk.Api.Tests", "Fixtures", "quartz-4.7.3-sqlite-schema.sql")));
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES ('QuartzScheduler', 'TRIGGER_ACCESS')");
            old.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(), MessageId = "<left-by-quartz@nettverk.example.org>", Kind = "left-by-quartz",
                To = "venter@example.org", Subject = "Ventet på Quartz", TextBody = "Tekst",
                CreatedAt = DateTime.UtcNow.AddHours(-1), NextAttemptAt = DateTime.UtcNow.AddHours(-1), Status = OutboxStatus.Pending,
            });
            await old.SaveChangesAsync();
        }
        (await Count(file, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'QRTZ%'")).Should().Be(15);

        using (var app = NettverkApp.OnFolder(folder).With("Nettverk:DemoData", "false").With("Mail:DispatchIntervalSeconds", "1"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < deadline
                   && !await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "left-by-quartz" && m.Status == OutboxStatus.Sent)))
                await Task.Delay(200);
            (await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "left-by-quartz"))).Status.Should().Be(OutboxStatus.Sent);
            Directory.GetFiles(Path.Combine(folder, "mail"), "*.eml").Should().ContainSingle();
        }
        SqliteConnection.ClearAllPools();
        (await Count(file, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'QRTZ%'")).Should().Be(0, "tables, indexes and triggers are gone");
        (await Count(file, "SELECT COUNT(*) FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_DropQuartz'")).Should().Be(1);
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    static async Task<long> Count(string file, string sql)
    {
        await using var db = new SqliteConnection($"Data Source={file};Pooling=false");
        await db.OpenAsync();
        var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
