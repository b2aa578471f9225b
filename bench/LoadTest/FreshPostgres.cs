using Npgsql;

namespace Leerruimte.Bench;

/// <summary>A throw-away database on the given PostgreSQL server, so every run starts empty.</summary>
public static class FreshPostgres
{
    /// <summary>Creates a new database and prints the connection string to it.</summary>
    public static async Task<int> CreateAsync(Options options)
    {
        var server = options.Required("postgres");
        var name = $"leerruimte_bench_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid().ToString("N")[..6]}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        Console.WriteLine(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        return 0;
    }

    /// <summary>Drops the database the connection string names, connecting to the server's "postgres" database.</summary>
    public static async Task<int> DropAsync(Options options)
    {
        var database = new NpgsqlConnectionStringBuilder(options.Required("postgres"));
        var name = database.Database ?? throw new OptionException("The connection string names no database.");
        if (!name.StartsWith("leerruimte_bench_", StringComparison.Ordinal)) throw new OptionException($"Refusing to drop '{name}': not a bench database.");
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres" }.ConnectionString,
            $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        return 0;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
