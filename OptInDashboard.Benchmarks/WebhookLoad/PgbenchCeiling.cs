using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>
/// PostgreSQL's ceiling for what an acknowledged webhook needs: pgbench committing single-row inserts into a scratch
/// table of the app's database, from as many clients as the load has workers (so the server may group their commits,
/// as it does the app's).
/// </summary>
public static partial class PgbenchCeiling
{
    private const string Table = "webhook_load_ceiling";

    public static async Task<double> CommitsPerSecondAsync(string connectionString, int clients, TimeSpan duration)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var script = Path.Combine(Path.GetTempPath(), $"webhook-load-pgbench-{Guid.NewGuid():N}.sql");
        await ExecuteAsync(connectionString, $"CREATE TABLE IF NOT EXISTS {Table} (id bigserial PRIMARY KEY, text text NOT NULL)");
        try
        {
            await File.WriteAllTextAsync(script, $"INSERT INTO {Table} (text) VALUES ('STOP');\n");
            var start = new ProcessStartInfo("pgbench")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList =
                {
                    "--no-vacuum", "--client", clients.ToString(CultureInfo.InvariantCulture), "--jobs", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
                    "--time", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), "--file", script,
                    "--host", target.Host ?? "127.0.0.1", "--port", target.Port.ToString(CultureInfo.InvariantCulture),
                    "--username", target.Username ?? "postgres", target.Database ?? target.Username ?? "postgres",
                },
            };
            if (target.Password is { } password) start.Environment["PGPASSWORD"] = password;
            using var pgbench = Process.Start(start) ?? throw new InvalidOperationException("pgbench did not start.");
            var output = await pgbench.StandardOutput.ReadToEndAsync();
            var errors = await pgbench.StandardError.ReadToEndAsync();
            await pgbench.WaitForExitAsync();
            return Tps().Match(output) is { Success: true } match
                ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new InvalidOperationException($"pgbench gave no tps (exit {pgbench.ExitCode}): {errors}{output}");
        }
        finally
        {
            File.Delete(script);
            await ExecuteAsync(connectionString, $"DROP TABLE IF EXISTS {Table}");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
