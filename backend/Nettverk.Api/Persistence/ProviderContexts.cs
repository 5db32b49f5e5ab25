using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Nettverk.Api.Persistence;

/// <summary>The embedded default. Migrations in Persistence/Sqlite/Migrations.</summary>
public sealed class SqliteNettverkDbContext(DbContextOptions<SqliteNettverkDbContext> options) : NettverkDbContext(options);

/// <summary>Production. Migrations in Persistence/SqlServer/Migrations.</summary>
public sealed class SqlServerNettverkDbContext(DbContextOptions<SqlServerNettverkDbContext> options) : NettverkDbContext(options);

// Design-time factories: `dotnet ef` builds each context without starting the app. No server is contacted.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNettverkDbContext>
{
    public SqliteNettverkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNettverkDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerNettverkDbContext>
{
    public SqlServerNettverkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerNettverkDbContext>().UseSqlServer("Server=design;Database=Nettverk").Options);
}
