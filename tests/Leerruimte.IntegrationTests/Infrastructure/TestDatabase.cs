using Npgsql;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh database for one test app: a temporary SQLite file by default, or a new PostgreSQL database
/// when LEERRUIMTE_TEST_PROVIDER=postgres (server from LEERRUIMTE_TEST_POSTGRES, as test.sh sets up).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    public string Provider { get; }
    public string ConnectionString { get; }

    public static bool UsesPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("LEERRUIMTE_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    public TestDatabase()
    {
        if (UsesPostgres)
        {
            Provider = "Postgres";
            postgresAdmin = Environment.GetEnvironmentVariable("LEERRUIMTE_TEST_POSTGRES")
                ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";
            postgresName = $"leerruimte_test_{Guid.NewGuid():N}";
            ConnectionString = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = postgresName }.ConnectionString;
        }
        else
        {
            Provider = "Sqlite";
            sqliteFolder = Directory.CreateTempSubdirectory("leerruimte-test-").FullName;
            ConnectionString = $"Data Source={Path.Combine(sqliteFolder, "test.db")};Pooling=False";
        }
    }

    public string DataFolder => sqliteFolder ?? (postgresFolder ??= Directory.CreateTempSubdirectory("leerruimte-test-").FullName);
    private string? postgresFolder;

    public async ValueTask DisposeAsync()
    {
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        foreach (var folder in new[] { sqliteFolder, postgresFolder })
            if (folder is not null && Directory.Exists(folder))
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
