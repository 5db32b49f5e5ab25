using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Jobs;

/// <summary>Where Hangfire keeps its queue and schedule, per database provider. Nothing in it must survive: the outbox
/// and our reminder tables are the record, and the recurring jobs are put back at every start.</summary>
public static class JobStorages
{
    public static JobStorage Create(WebApplicationBuilder builder, ILoggerFactory loggers)
    {
        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new();
        if (database.Provider == DatabaseProvider.SqlServer)
            return new SqlServerStorage(PersistenceRegistration.ConnectionString(builder, database), SqlServerOptions(database));
        var path = SqliteFile(builder.Configuration, builder.Environment);
        loggers.CreateLogger(typeof(JobStorages)).LogInformation("Background jobs are kept in {Path}", path);
        return new SQLiteStorage(path, SqliteOptions());
    }

    /// <summary>Hangfire's own schema (HangFire) in the app's database, so every instance shares the queue, the schedule and
    /// the locks. It is created at start-up like our migrations, and left to the operator when they are.</summary>
    public static SqlServerStorageOptions SqlServerOptions(DatabaseOptions database) => new()
    {
        PrepareSchemaIfNecessary = database.MigrateOnStartup,
        // Hangfire's recommended settings for 1.8: no polling (workers wait on a query that returns when work arrives),
        // short-lived fetch leases, no global application locks.
        QueuePollInterval = TimeSpan.Zero,
        SlidingInvisibilityTimeout = TimeSpan.FromMinutes(5),
        CommandBatchMaxTimeout = TimeSpan.FromMinutes(5),
        UseRecommendedIsolationLevel = true,
        DisableGlobalLocks = true,
    };

    /// <summary>A file of its own beside the app's database (data/hangfire.db), not nettverk.db: the storage names its
    /// tables Job, State, Set, Hash, List, Server… without a prefix (its Prefix option is not used), it writes on every
    /// poll, heartbeat and lock through its own connections (sqlite-net, not EF), and SQLite has one writer per file —
    /// apart, the app's saves never wait behind Hangfire's bookkeeping. Losing it loses nothing but history.</summary>
    public static string SqliteFile(IConfiguration configuration, IHostEnvironment environment) =>
        Path.Combine(DataFolder.Resolve(configuration, environment), configuration["Jobs:SqliteFile"] ?? "hangfire.db");

    public static SQLiteStorageOptions SqliteOptions() => new()
    {
        // Idle workers look for an enqueued job this often (SQLite has no way to wake them): the kick's latency.
        QueuePollInterval = TimeSpan.FromSeconds(1),
        // A lock row of a killed process blocks [DisableConcurrentExecution] jobs until it expires; the holder renews it
        // every fifth of this.
        DistributedLockLifetime = TimeSpan.FromSeconds(10),
        // A job fetched by a process that was killed is run again after this (the sweep has sent its mail long before).
        InvisibilityTimeout = TimeSpan.FromMinutes(5),
    };
}
