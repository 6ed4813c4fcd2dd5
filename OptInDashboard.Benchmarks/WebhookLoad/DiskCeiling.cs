using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>
/// The disk's ceiling for what an acknowledged webhook needs: single-row commits per second to a scratch SQLite
/// file beside the app's, in WAL mode with synchronous=FULL (each commit synced to the disk), one after another.
/// </summary>
public static class DiskCeiling
{
    public static async Task<double> CommitsPerSecondAsync(string besideDatabase, TimeSpan duration)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(besideDatabase))!, $"disk-ceiling-{Guid.NewGuid():N}.db");
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            await connection.OpenAsync();
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE Rows (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL);");
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO Rows (Text) VALUES ('STOP')";
            var clock = Stopwatch.StartNew();
            var commits = 0;
            while (clock.Elapsed < duration)
            {
                await insert.ExecuteNonQueryAsync(); // its own transaction: one commit, one sync
                commits++;
            }
            return commits / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
