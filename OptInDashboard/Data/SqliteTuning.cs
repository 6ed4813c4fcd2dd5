using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OptInDashboard.Data;

/// <summary>
/// Per-connection SQLite settings (pragmas do not persist in the file, so every opened connection gets them):
/// SQLite's own busy handler, which waits for the writer in steps of a few milliseconds, instead of
/// Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms at a time; and synchronous=NORMAL, which in
/// WAL mode syncs at checkpoints rather than on every commit: a commit survives the app crashing,
/// and only an operating-system crash or power loss can lose the last few.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is not SqliteConnection) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        if (connection is not SqliteConnection) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(ct);
    }
}
