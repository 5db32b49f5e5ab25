using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>One SQL statement the app ran while answering a request, with its parameter values (to EXPLAIN it later).</summary>
public sealed record RecordedSql(string Request, string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>The app with every EF command recorded against the request that ran it (background work has no request and
/// is left out, so a job's queries do not disturb a read's count).</summary>
public sealed class SqlRecordingApp : NettverkApp
{
    public ConcurrentQueue<RecordedSql> Statements { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<IInterceptor>(sp =>
            new SqlRecorder(Statements, sp.GetRequiredService<IHttpContextAccessor>())));
    }

    /// <summary>The statements one GET ran, by its path and query. <paramref name="cold"/>: as if a write had just been
    /// committed, so nothing the app keeps in memory (sessions, roles, read answers) may be used.</summary>
    public async Task<List<RecordedSql>> RecordAsync(ApiClient client, string url, bool cold = true)
    {
        if (cold) Services.GetRequiredService<Nettverk.Api.Persistence.DataVersion>().Bump();
        Statements.Clear();
        var response = await client.GetAsync(url);
        await response.ShouldBe(System.Net.HttpStatusCode.OK);
        return Statements.Where(s => s.Request == url).ToList();
    }
}

sealed class SqlRecorder(ConcurrentQueue<RecordedSql> log, IHttpContextAccessor http) : DbCommandInterceptor
{
    void Record(DbCommand command)
    {
        if (http.HttpContext?.Request is not { } request) return;
        log.Enqueue(new RecordedSql(request.Path + request.QueryString, command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}
