using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Nettverk.Api.Persistence;

/// <summary>What a failed save means, whichever provider reported it.</summary>
public static class DbErrors
{
    const int SqliteConstraintUnique = 2067, SqliteConstraintPrimaryKey = 1555;

    /// <summary>Whether a unique index (or key) refused the save: a row like it was committed first, usually by a request
    /// that raced this one. SQLite's SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY; SQL Server's errors 2601 and 2627.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
