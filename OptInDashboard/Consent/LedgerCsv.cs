using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;
using OptInDashboard.Reports;

namespace OptInDashboard.Consent;

/// <summary>The consent ledger as CSV (RFC 4180), one row per event with its evidence, oldest first.</summary>
public static class LedgerCsv
{
    private static readonly string[] Header =
        ["event_id", "occurred_at_utc", "contact", "contact_phone", "line", "old_status", "new_status", "cause", "actor",
         "keyword", "inbound_message_id", "evidence_text", "note", "model_version", "model_score", "model_top_features", "related_event_id"];

    /// <summary>The rows <paramref name="filter"/> selects; its days are the dealership's (<paramref name="time"/>), the times written stay UTC.</summary>
    public static async Task WriteAsync(ConsentDbContext db, DealershipTime time, TextWriter writer, LedgerFilter filter, CancellationToken ct = default)
    {
        await using var csv = CsvExport.Create(writer);
        await csv.WriteRecordAsync(Header, ct);
        await foreach (var row in filter.Apply(db, time).AsAsyncEnumerable().WithCancellation(ct))
        {
            var e = row.Event;
            csv.WriteField(e.Id);
            csv.WriteField(e.OccurredAt);
            csv.WriteField(row.Contact);
            csv.WritePhoneNumber(row.PhoneNumber);
            csv.WriteField(row.Line);
            csv.WriteField(e.OldStatus.Describe());
            csv.WriteField(e.NewStatus.Describe());
            csv.WriteField(e.Cause.ToString());
            csv.WriteField(e.Actor);
            csv.WriteField(e.Keyword);
            csv.WriteField(e.InboundMessageId);
            csv.WriteField(e.EvidenceText);
            csv.WriteField(e.Note);
            csv.WriteField(e.ModelVersion);
            csv.WriteField(e.ModelScore, "0.####");
            csv.WriteField(e.ModelTopFeatures);
            csv.WriteField(e.RelatedEventId);
            await csv.EndRecordAsync(ct);
        }
    }
}
