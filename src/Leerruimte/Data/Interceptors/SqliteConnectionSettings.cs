using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Leerruimte.Data.Interceptors;

/// <summary>
/// Settings SQLite keeps per connection, applied every time EF opens one (docs/decisions/0007-sqlite-settings.md):
/// <list type="bullet">
/// <item><c>busy_timeout</c>: a writer that finds the database locked by another writer waits inside SQLite,
/// which retries within a millisecond or so of the lock coming free. Without it, Microsoft.Data.Sqlite
/// retries on its own by sleeping the thread for 150 ms at a time, which under concurrent writes (the live
/// board) shows up as 150, 300, 450 ms delays and blocks thread-pool threads meanwhile.</item>
/// <item><c>synchronous = NORMAL</c>: in WAL mode a commit is written to the WAL file but only synced to disk at
/// checkpoints. A committed transaction survives an application crash; a power loss or OS crash can lose
/// the last transactions before the checkpoint, but never corrupts the database.</item>
/// </list>
/// WAL itself is a property of the database file, set once when the app migrates it.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
