using Microsoft.Data.Sqlite;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>What the database holds for this run's webhooks, against what the app acknowledged.</summary>
public sealed record DeliveryCheckResult(int Acknowledged, int Lost, int Duplicated, int StoredWithoutAcknowledgement);

/// <summary>Reads the app's SQLite file: every webhook answered 200 must be exactly one inbound message.</summary>
public static class DeliveryCheck
{
    public static async Task<DeliveryCheckResult> RunAsync(string databasePath, string runId, IReadOnlySet<string> acknowledged)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT ProviderMessageId, COUNT(*) FROM Messages
            WHERE Direction = 1 AND ProviderMessageId LIKE $prefix
            GROUP BY ProviderMessageId
            """;
        command.Parameters.AddWithValue("$prefix", runId + "-%");
        var stored = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) stored[reader.GetString(0)] = reader.GetInt32(1);

        return new DeliveryCheckResult(
            Acknowledged: acknowledged.Count,
            Lost: acknowledged.Count(uuid => !stored.ContainsKey(uuid)),
            Duplicated: stored.Count(pair => pair.Value > 1),
            StoredWithoutAcknowledgement: stored.Keys.Count(uuid => !acknowledged.Contains(uuid)));
    }
}
