using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Tests;

/// <summary>Each provider's migrations keep up with the model, and SQL Server (which cannot run here) gets a script it
/// would accept: generated in full, idempotent, and free of the cascade paths it refuses at CREATE TABLE.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "SqlServer" };

    static NettverkDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        _ => new SqlServerDesignTimeFactory().CreateDbContext([]),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_HaveEveryModelChange(string provider)
    {
        using var db = Create(provider);
        db.Database.HasPendingModelChanges().Should().BeFalse(
            $"the model has changes the {provider} migrations lack: run backend/tools/add-migration.sh <Name>");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void EachProvider_HasItsOwnMigrations_AndNoOther(string provider)
    {
        using var db = Create(provider);
        var migrations = db.GetService<IMigrationsAssembly>().Migrations;
        migrations.Should().NotBeEmpty();
        migrations.Values.Should().OnlyContain(t => t.Namespace == $"Nettverk.Api.Persistence.{provider}.Migrations");
    }

    [Fact]
    public void SqlServer_IdempotentScript_CreatesEveryTable_GuardedByTheHistory()
    {
        using var db = Create("SqlServer");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
            script.Should().Contain($"CREATE TABLE [{table}]", $"the script creates {table}");
        foreach (var migration in db.GetService<IMigrationsAssembly>().Migrations.Keys)
            System.Text.RegularExpressions.Regex.IsMatch(script,
                $@"IF NOT EXISTS \(\s*SELECT \* FROM \[__EFMigrationsHistory\]\s*WHERE \[MigrationId\] = N'{migration}'")
                .Should().BeTrue($"migration {migration} runs only where it has not run");
        script.Should().NotContainAny("AUTOINCREMENT", "sqlite_", "\"");
        // nvarchar(max) cannot be indexed on SQL Server: every indexed string column has a length.
        foreach (var index in db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        foreach (var property in index.Properties.Where(p => p.ClrType == typeof(string)))
            property.GetColumnType().Should().NotContain("max", $"{index.DeclaringEntityType.DisplayName()}.{property.Name} is indexed");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_HasNoMultipleCascadePaths_NorCascadeCycles(string provider)
    {
        using var db = Create(provider);
        CascadePaths.Problems(db.Model).Should().BeEmpty();
    }

    [Fact]
    public void CascadeWalk_FindsACycle_AndTwoPathsToOneTable_InAModelMadeToHaveThem()
    {
        using var db = new CascadingContext();
        var problems = CascadePaths.Problems(db.Model);
        problems.Should().Contain(p => p.Contains("cycle")).And.Contain(p => p.Contains("more than one cascade path"));
    }

    sealed class CascadingContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<Node>().HasOne<Node>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Cascade);
            builder.Entity<Leaf>(b =>
            {
                b.HasOne<Node>().WithMany().HasForeignKey(l => l.FirstId).OnDelete(DeleteBehavior.Cascade);
                b.HasOne<Node>().WithMany().HasForeignKey(l => l.SecondId).OnDelete(DeleteBehavior.SetNull);
            });
        }
    }

    sealed class Node { public Guid Id { get; set; } public Guid? ParentId { get; set; } }
    sealed class Leaf { public Guid Id { get; set; } public Guid FirstId { get; set; } public Guid? SecondId { get; set; } }
}

/// <summary>SQL Server refuses a foreign key whose ON DELETE action (CASCADE or SET NULL) would let one delete reach a
/// table by two routes, or come back round to where it started. SQLite accepts both, so we walk the model ourselves.</summary>
static class CascadePaths
{
    public static List<string> Problems(IModel model)
    {
        var edges = model.GetEntityTypes()
            .SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
            .Select(fk => (From: Table(fk.PrincipalEntityType), To: Table(fk.DeclaringEntityType),
                Name: $"{fk.DeclaringEntityType.DisplayName()}({string.Join(",", fk.Properties.Select(p => p.Name))})"))
            .Where(e => e.From is not null && e.To is not null)
            .ToList();
        var problems = new List<string>();
        foreach (var start in edges.Select(e => e.From!).Distinct())
        {
            var reached = new Dictionary<string, string>();
            Walk(start, start, [start], edges, reached, problems);
        }
        return problems.Distinct().ToList();
    }

    static void Walk(string start, string table, List<string> path, List<(string? From, string? To, string Name)> edges,
        Dictionary<string, string> reached, List<string> problems)
    {
        foreach (var edge in edges.Where(e => e.From == table))
        {
            var route = $"{string.Join(" -> ", path)} -> {edge.To} via {edge.Name}";
            if (path.Contains(edge.To!)) { problems.Add($"cascade cycle: {route}"); continue; }
            if (reached.TryGetValue(edge.To!, out var earlier))
            {
                problems.Add($"more than one cascade path from {start} to {edge.To}: {earlier} | {route}");
                continue;
            }
            reached[edge.To!] = route;
            Walk(start, edge.To!, [.. path, edge.To!], edges, reached, problems);
        }
    }

    static string? Table(IEntityType entity) => entity.GetTableName();
}
