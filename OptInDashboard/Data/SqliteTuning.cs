using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OptInDashboard.Data;

/// <summary>
/// Per-connection SQLite settings (pragmas do not persist in the file, so every opened connection gets them):
/// SQLite's own busy handler, which waits for the writer in steps of a few milliseconds, instead of
/// Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms at a time; and synchronous=FULL, which in WAL mode
/// syncs the log to the disk at every commit. With NORMAL (SQLite's advice for WAL) a commit survives the app
/// crashing, but a power cut or an operating-system crash may roll back the last ones (SQLite's docs, PRAGMA
/// synchronous): a STOP whose webhook was answered 200 would be gone, and Vonage would not send it again. The
/// cost is measured by webhook-load beside the disk's own ceiling (README).
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;";

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
