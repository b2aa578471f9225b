using System.Globalization;
using Leerruimte.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Leerruimte.Bench.Generator;

/// <summary>
/// Generates the national data set into a new database: boots the app's own composition in process against it
/// (migrations, shipped packs, roles, as the app does at start), then streams the generated rows in and prints what
/// it wrote, how long it took and how much disk the database takes.
/// </summary>
public static class GeneratorMain
{
    private const string Usage = """
        usage: Generator --provider postgres|sqlite [--scale 1.0 | 0.1 on sqlite] [--seed 13] [--now 2026-12-04T12:00:00Z]
                         [--connection <PostgreSQL server> --database <new database, made here>] [--file <new SQLite file>]
        """;

    public static async Task<int> Main(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(p => p[0][2..], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (args.Length % 2 != 0 || options.Count * 2 != args.Length) { Console.Error.WriteLine(Usage); return 2; }
        var postgres = options.GetValueOrDefault("provider", "postgres") == "postgres";
        var connection = postgres
            ? await NewDatabaseAsync(options.GetValueOrDefault("connection") ?? throw new ArgumentException("--connection is required for PostgreSQL."), options.GetValueOrDefault("database"))
            : new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(options.GetValueOrDefault("file", "leerruimte-generated.db")), Pooling = false }.ConnectionString;
        var settings = new GeneratorSettings(
            double.Parse(options.GetValueOrDefault("scale", postgres ? "1.0" : "0.1"), CultureInfo.InvariantCulture),
            int.Parse(options.GetValueOrDefault("seed", "13"), CultureInfo.InvariantCulture),
            options.TryGetValue("now", out var now) ? DateTime.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal) : DateTime.UtcNow);

        var progress = new Progress(Console.Error);
        progress.Phase("migrating and loading the shipped packs");
        await using var app = App(postgres ? "Postgres" : "Sqlite", connection);
        await using var scope = app.Services.CreateAsyncScope(); // starting the app migrates, loads the packs and creates the roles
        var generated = await Generation.RunAsync(scope.ServiceProvider, settings, progress);
        Report(generated, progress, await SizeAsync(scope.ServiceProvider.GetRequiredService<LeerruimteDb>(), connection));
        if (postgres) Console.WriteLine($"connection: {connection}");
        return 0;
    }

    /// <summary>The server's connection string with a new database in it; without a name, the connection string as given.</summary>
    private static async Task<string> NewDatabaseAsync(string server, string? name)
    {
        if (name is null) return server;
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) throw new ArgumentException("--database takes letters, digits and _ only.");
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static WebApplicationFactory<global::Program> App(string provider, string connection) =>
        new WebApplicationFactory<global::Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Content:Folder", Path.Combine(AppContext.BaseDirectory, "content"));
            b.UseSetting("Database:Provider", provider);
            b.UseSetting("Database:ConnectionString", connection);
            b.UseSetting("Database:DataFolder", Path.GetTempPath());
            b.UseSetting("Demo:Enabled", "false");
            b.UseSetting("App:PublicUrl", "http://127.0.0.1");
            b.UseSetting("Logging:LogLevel:Default", "Error"); // the SQLite migrations warn about pragmas outside transactions, once each
            // A fresh PostgreSQL database has no migrations table yet: EF logs that first query as failed.
            b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
            // The host warns of a missing wwwroot and an unencrypted key ring before the settings above apply; neither matters here.
            b.ConfigureLogging(l => l.AddFilter("Microsoft.AspNetCore", LogLevel.Error));
        });

    private static async Task<long> SizeAsync(LeerruimteDb db, string connection)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            return new FileInfo(new SqliteConnectionStringBuilder(connection).DataSource).Length;
        }
        await using var pg = new NpgsqlConnection(connection);
        await pg.OpenAsync();
        await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", pg);
        return (long)(await size.ExecuteScalarAsync())!;
    }

    private static void Report(Generated g, Progress progress, long bytes)
    {
        Console.WriteLine($"{g.Organisations:N0} organisations, {g.Teams:N0} teams, {g.People:N0} people; {progress.Total:N0} rows in {progress.Elapsed.TotalSeconds:N0} s ({progress.Total / progress.Elapsed.TotalSeconds:N0} rows/s)");
        Console.WriteLine($"database size on disk: {bytes / 1024.0 / 1024.0:N0} MB");
        Console.WriteLine($"largest organisation: {g.LargestPeople:N0} people, {g.LargestTeams:N0} teams, {g.LargestMeetings:N0} meetings; admin {g.Admin}, leader {g.Leader} (team {g.LeadersTeam}); password {Generation.Password}");
        foreach (var (table, rows) in g.Rows.OrderByDescending(r => r.Value)) Console.WriteLine($"  {table,-28} {rows,12:N0}");
    }
}
