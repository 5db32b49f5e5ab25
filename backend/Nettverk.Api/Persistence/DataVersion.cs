using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Nettverk.Api.Persistence;

/// <summary>A number that rises after every committed write through the app's DbContext. What this process keeps in
/// memory (sessions, a caller's roles, read answers) is stamped with the number it was read under and used only while
/// the number is unchanged, so no write is ever hidden by a cache.
/// <para>The number is raised strictly after the commit: a read that starts before it sees either the old data (and
/// is stamped with the old number, so it is thrown away) or the new data. Per process: several instances of the app
/// each see only their own writes, so <see cref="Common.ReadCacheOptions"/> must be off when more than one runs.</para></summary>
public sealed class DataVersion
{
    long value;

    public long Current => Volatile.Read(ref value);

    public void Bump() => Interlocked.Increment(ref value);
}

/// <summary>Raises <see cref="DataVersion"/> after everything that writes: SaveChanges (after its own commit),
/// ExecuteUpdate / ExecuteDelete / raw SQL outside a transaction, and every committed transaction. A write inside a
/// transaction is counted at its commit, never before it.</summary>
public sealed class DataVersionInterceptor(DataVersion version) : ISaveChangesInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result != 0 && eventData.Context?.Database.CurrentTransaction is null) version.Bump();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result != 0 && eventData.Context?.Database.CurrentTransaction is null) version.Bump();
        return ValueTask.FromResult(result);
    }

    // A failed SaveChanges may have written part of its batches outside a transaction of ours: count it as a write.
    public void SaveChangesFailed(DbContextErrorEventData eventData) => version.Bump();

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Bump();
        return Task.CompletedTask;
    }

    // A statement that changed no row (a sweep that found nothing due) leaves what was read as it was.
    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (result != 0 && command.Transaction is null) version.Bump();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (result != 0 && command.Transaction is null) version.Bump();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => version.Bump();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Bump();
        return Task.CompletedTask;
    }
}
