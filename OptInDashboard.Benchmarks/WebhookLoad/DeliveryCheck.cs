namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>What the database holds for this run's webhooks, against what the app acknowledged.</summary>
public sealed record DeliveryCheckResult(int Acknowledged, int Lost, int Duplicated, int StoredWithoutAcknowledgement);

/// <summary>Reads the app's database (SQLite or PostgreSQL): every webhook answered 200 must be exactly one inbound message.</summary>
public static class DeliveryCheck
{
    public static async Task<DeliveryCheckResult> RunAsync(string database, string runId, IReadOnlySet<string> acknowledged)
    {
        await using var connection = await AppDatabase.OpenAsync(database);
        await using var command = connection.Command("""
            SELECT "ProviderMessageId", COUNT(*) FROM "Messages"
            WHERE "Direction" = 1 AND "ProviderMessageId" LIKE @prefix
            GROUP BY "ProviderMessageId"
            """, ("prefix", runId + "-%"));
        var stored = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) stored[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);

        return new DeliveryCheckResult(
            Acknowledged: acknowledged.Count,
            Lost: acknowledged.Count(uuid => !stored.ContainsKey(uuid)),
            Duplicated: stored.Count(pair => pair.Value > 1),
            StoredWithoutAcknowledgement: stored.Keys.Count(uuid => !acknowledged.Contains(uuid)));
    }
}
