using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Leerruimte.Bench.Generator;

/// <summary>
/// COPY ... FROM STDIN (FORMAT BINARY) per table, all tables open at once on their own connections, so rows stream in
/// the order they are generated. Foreign keys are not checked during the load (session_replication_role = replica,
/// which needs a superuser): the COPYs commit separately, children may arrive before their parents.
/// </summary>
public sealed class PostgresSink(string connectionString, IModel model, Progress progress) : IRowSink
{
    private readonly Dictionary<Type, Table> tables = [];

    public async ValueTask AddAsync<T>(T entity) where T : class
    {
        if (!tables.TryGetValue(typeof(T), out var table)) tables[typeof(T)] = table = await OpenAsync(TableShape.Of(model, typeof(T)));
        await table.Importer.StartRowAsync();
        foreach (var (column, type) in table.Columns)
        {
            if (column.ProviderValue(entity) is { } value) await table.Importer.WriteAsync(value, type);
            else await table.Importer.WriteNullAsync();
        }
        progress.Row(table.Shape.Table);
    }

    private async Task<Table> OpenAsync(TableShape shape)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection)) await replica.ExecuteNonQueryAsync();
        var names = string.Join(", ", shape.Columns.Select(c => $"\"{c.Name}\""));
        var importer = await connection.BeginBinaryImportAsync($"COPY \"{shape.Table}\" ({names}) FROM STDIN (FORMAT BINARY)");
        return new Table(shape, connection, importer, shape.Columns.Select(c => (c, TypeOf(c))).ToList());
    }

    /// <summary>The wire type of a column, from the store type the migrations created and the value's type after conversion.</summary>
    private static NpgsqlDbType TypeOf(Column column)
    {
        var store = column.Mapping.StoreType;
        var clr = column.Mapping.Converter?.ProviderClrType ?? column.Mapping.ClrType;
        clr = Nullable.GetUnderlyingType(clr) ?? clr;
        return store switch
        {
            "uuid" => NpgsqlDbType.Uuid,
            "integer" => NpgsqlDbType.Integer,
            "bigint" => NpgsqlDbType.Bigint,
            "smallint" => NpgsqlDbType.Smallint,
            "boolean" => NpgsqlDbType.Boolean,
            "double precision" => NpgsqlDbType.Double,
            "date" => NpgsqlDbType.Date,
            "time without time zone" => NpgsqlDbType.Time,
            "timestamp with time zone" => NpgsqlDbType.TimestampTz,
            "timestamp without time zone" => NpgsqlDbType.Timestamp,
            "bytea" => NpgsqlDbType.Bytea,
            "jsonb" => NpgsqlDbType.Jsonb,
            "text" => NpgsqlDbType.Text,
            "text[]" => NpgsqlDbType.Array | NpgsqlDbType.Text,
            "integer[]" => NpgsqlDbType.Array | NpgsqlDbType.Integer,
            _ when store.StartsWith("character varying", StringComparison.Ordinal) => NpgsqlDbType.Varchar,
            _ => throw new NotSupportedException($"Column {column.Name}: store type {store} ({clr.Name}) has no COPY type here yet."),
        };
    }

    public async Task CompleteAsync()
    {
        foreach (var table in tables.Values)
        {
            progress.Phase($"committing {table.Shape.Table}");
            await table.Importer.CompleteAsync();
            await table.Importer.DisposeAsync();
        }
        if (tables.Count == 0) return;
        progress.Phase("checking foreign keys");
        await KeyCheck.RunAsync(tables.Values.First().Connection, model, tables.Keys);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var table in tables.Values)
        {
            await table.Importer.DisposeAsync();
            await table.Connection.DisposeAsync();
        }
        tables.Clear();
    }

    private sealed record Table(TableShape Shape, NpgsqlConnection Connection, NpgsqlBinaryImporter Importer, List<(Column Column, NpgsqlDbType Type)> Columns);
}
