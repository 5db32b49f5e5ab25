using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Nettverk.Api.Features.Audit;

namespace Nettverk.Api.Persistence;

public enum DatabaseProvider { Sqlite, SqlServer }

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Server databases migrate at start-up too unless this is false (then run the idempotent script).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public static class PersistenceRegistration
{
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new();
        var connectionString = ConnectionString(builder, options);
        builder.Services.AddSingleton(options);
        builder.Services.AddScoped<IInterceptor, AuditInterceptor>();
        builder.Services.AddSingleton<DataVersion>();
        builder.Services.AddSingleton<IInterceptor, DataVersionInterceptor>();
        builder.Services.AddSingleton<IInterceptor, Features.Search.SearchIndexInterceptor>();
        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<NettverkDbContext, SqlServerNettverkDbContext>((sp, o) => o
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                builder.Services.AddDbContext<NettverkDbContext, SqliteNettverkDbContext>((sp, o) => o
                    .UseSqlite(connectionString)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
        }
        builder.Services.AddHealthChecks().AddDbContextCheck<NettverkDbContext>();
        return builder;
    }

    /// <summary>The configured connection string; for SQLite by default a file in the data folder.</summary>
    public static string ConnectionString(WebApplicationBuilder builder, DatabaseOptions options)
    {
        var configured = builder.Configuration.GetConnectionString("Nettverk");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (options.Provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException("ConnectionStrings:Nettverk is required for " + options.Provider);
        return $"Data Source={Path.Combine(DataFolder.Resolve(builder.Configuration, builder.Environment), "nettverk.db")}";
    }

    public static async Task MigrateAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        if (options.Provider != DatabaseProvider.Sqlite && !options.MigrateOnStartup) return;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the app and the job store read while one of them writes.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync();
    }
}

/// <summary>Where the embedded run keeps its database, mail files and uploads.</summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Nettverk:DataFolder"] ?? "data";
        var full = Path.GetFullPath(Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder));
        Directory.CreateDirectory(full);
        return full;
    }
}
