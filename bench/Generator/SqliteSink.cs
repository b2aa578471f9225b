using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Leerruimte.Bench.Generator;

/// <summary>
/// One prepared INSERT per table on one connection, committed every <see cref="Batch"/> rows, with the journal in
/// WAL and no syncing during the load. Parameters are made by the model's type mappings, so Guids, times and enums
/// are stored as the app's own writes store them. Foreign keys are off during the load; rows arrive in generated order.
/// </summary>
public sealed class SqliteSink : IRowSink
{
    private const int Batch = 200_000;
    private readonly SqliteConnection connection;
    private readonly IModel model;
    private readonly Progress progress;
    private readonly Dictionary<Type, Table> tables = [];
    private SqliteTransaction transaction;
    private int rows;

    private SqliteSink(SqliteConnection connection, IModel model, Progress progress)
    {
        (this.connection, this.model, this.progress) = (connection, model, progress);
        transaction = connection.BeginTransaction();
    }

    public static async Task<SqliteSink> OpenAsync(string connectionString, IModel model, Progress progress)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-262144;";
            await pragmas.ExecuteNonQueryAsync();
        }
        return new SqliteSink(connection, model, progress);
    }

    public async ValueTask AddAsync<T>(T entity) where T : class
    {
        if (!tables.TryGetValue(typeof(T), out var table)) tables[typeof(T)] = table = Prepare(TableShape.Of(model, typeof(T)));
        for (var i = 0; i < table.Shape.Columns.Count; i++)
            table.Command.Parameters[i].Value = table.Shape.Columns[i].ProviderValue(entity) ?? DBNull.Value;
        await table.Command.ExecuteNonQueryAsync();
        progress.Row(table.Shape.Table);
        if (++rows % Batch == 0) await CommitAsync();
    }

    private Table Prepare(TableShape shape)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", shape.Columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", shape.Columns.Select((_, i) => $"$p{i}"));
        command.CommandText = $"INSERT INTO \"{shape.Table}\" ({names}) VALUES ({values})";
        foreach (var (column, i) in shape.Columns.Select((c, i) => (c, i)))
            command.Parameters.Add(column.Mapping.CreateParameter(command, $"$p{i}", null, nullable: true));
        command.Prepare();
        return new Table(shape, command);
    }

    private async Task CommitAsync()
    {
        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        transaction = connection.BeginTransaction();
        foreach (var table in tables.Values) table.Command.Transaction = transaction;
    }

    public async Task CompleteAsync()
    {
        await transaction.CommitAsync();
        progress.Phase("checking foreign keys");
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check";
        await using var reader = await check.ExecuteReaderAsync();
        if (await reader.ReadAsync()) throw new InvalidOperationException($"A generated row in {reader.GetString(0)} points at no row in {reader.GetString(2)}.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var table in tables.Values) await table.Command.DisposeAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private sealed record Table(TableShape Shape, SqliteCommand Command);
}
