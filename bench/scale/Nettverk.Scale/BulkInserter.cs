using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Nettverk.Scale;

/// <summary>Writes entities made by the app's own constructors and methods with one prepared <c>INSERT</c> per table,
/// many thousand rows per transaction: EF's change tracker would take hours for a million rows. The table, the columns
/// and how each value is stored (enum names, Guid text, UTC dates, JSON lists) all come from the EF model, so a row is
/// what the app would have written.</summary>
public sealed class BulkWriter(SqliteConnection connection, IModel model, int rowsPerTransaction = 20_000) : IDisposable
{
    readonly Dictionary<Type, Table> tables = [];
    SqliteTransaction? transaction;
    int pending;

    public IReadOnlyDictionary<string, long> Counts => tables.Values.ToDictionary(t => t.Name, t => t.Count);

    public void Add(object entity)
    {
        if (!tables.TryGetValue(entity.GetType(), out var table))
            tables[entity.GetType()] = table = new Table(connection, model.FindEntityType(entity.GetType())
                ?? throw new InvalidOperationException($"{entity.GetType().Name} is not in the model"));
        transaction ??= connection.BeginTransaction();
        table.Insert(entity, transaction);
        if (++pending >= rowsPerTransaction) Commit();
    }

    public void AddRange(IEnumerable<object> entities)
    {
        foreach (var entity in entities) Add(entity);
    }

    public void Commit()
    {
        transaction?.Commit();
        transaction?.Dispose();
        transaction = null;
        pending = 0;
    }

    public void Dispose()
    {
        Commit();
        foreach (var table in tables.Values) table.Dispose();
    }

    sealed class Table : IDisposable
    {
        readonly SqliteCommand command;
        readonly (IClrPropertyGetter Get, ValueConverter? Convert, SqliteParameter Parameter)[] columns;
        public string Name { get; }
        public long Count { get; private set; }

        public Table(SqliteConnection connection, IEntityType type)
        {
            Name = type.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table");
            var store = StoreObjectIdentifier.Table(Name, type.GetSchema());
            var properties = type.GetProperties().ToList();
            // A shadow property (a foreign key the class does not hold) would need its value from elsewhere; none of
            // the tables written here has one, and a new one fails loudly rather than writing NULL.
            if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
                throw new InvalidOperationException($"{type.Name}.{shadow.Name} is a shadow property; write it explicitly");
            command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO \"{Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(store)}\""))}) "
                + $"VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))})";
            columns = properties.Select((p, i) =>
            {
                var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
                // The mapping configures the parameter as EF does (Guids as TEXT, not SQLite's default BLOB).
                var parameter = (SqliteParameter)mapping.CreateParameter(command, $"$p{i}", null, nullable: true);
                command.Parameters.Add(parameter);
                return (p.GetGetter(), mapping.Converter, parameter);
            }).ToArray();
        }

        public void Insert(object entity, SqliteTransaction transaction)
        {
            command.Transaction = transaction;
            foreach (var (get, convert, parameter) in columns)
            {
                var value = get.GetClrValue(entity);
                if (value is not null && convert is not null) value = convert.ConvertToProvider(value);
                parameter.Value = value ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
            Count++;
        }

        public void Dispose() => command.Dispose();
    }
}
