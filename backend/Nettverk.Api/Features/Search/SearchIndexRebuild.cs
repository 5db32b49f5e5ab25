using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Search;

/// <summary>Start-up check that the index was built by this version of <see cref="SearchDocuments"/> (the stamp in
/// SearchIndexState, made by the migration). When it is missing (a database migrated from before search) or older, every
/// row is rebuilt from the source tables in one transaction, so a crash halfway leaves the old index and the old stamp,
/// and the next start does it again.</summary>
public static class SearchIndexRebuild
{
    const int Batch = 500;

    public static Task EnsureSearchIndexAsync(this WebApplication app) => EnsureAsync(app.Services);

    public static async Task EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        var stamp = (await db.Database.SqlQuery<int>($"SELECT Version AS Value FROM SearchIndexState").ToListAsync()).FirstOrDefault();
        if (stamp == SearchDocuments.Version) return;
        // SQL Server's retrying strategy runs a transaction of ours only inside itself.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.SearchDocuments.ExecuteDeleteAsync();
            await AddAsync(db, db.Bodies.OrderBy(x => x.Id));
            await AddAsync(db, db.Organisations.OrderBy(x => x.Id));
            await AddAsync(db, db.People.OrderBy(x => x.Id));
            await AddAsync(db, db.Meetings.OrderBy(x => x.Id));
            await AddAsync(db, db.AgendaItems.OrderBy(x => x.Id));
            await AddAsync(db, db.PublishedMinutes
                .Where(p => !db.PublishedMinutes.Any(newer => newer.MinutesId == p.MinutesId && newer.Revision > p.Revision))
                .OrderBy(x => x.Id));
            await db.Database.ExecuteSqlAsync($"DELETE FROM SearchIndexState");
            await db.Database.ExecuteSqlAsync($"INSERT INTO SearchIndexState (Id, Version) VALUES (1, {SearchDocuments.Version})");
            await transaction.CommitAsync();
        });
    }

    /// <summary>In batches, so memory holds one batch whatever the size of the table (an offset per batch: this runs
    /// once per index version, not per request).</summary>
    static async Task AddAsync<T>(NettverkDbContext db, IOrderedQueryable<T> source) where T : class
    {
        for (var skip = 0; ; skip += Batch)
        {
            var rows = await source.AsNoTracking().Skip(skip).Take(Batch).ToListAsync();
            db.SearchDocuments.AddRange(rows.SelectMany(SearchDocuments.For).Where(d => d.Document is not null).Select(d => d.Document!));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            if (rows.Count < Batch) return;
        }
    }
}
