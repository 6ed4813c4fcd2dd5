using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>The consent ledger as CSV (RFC 4180), one row per event with its evidence, oldest first.</summary>
public static class LedgerCsv
{
    private static readonly string[] Header =
        ["event_id", "occurred_at_utc", "contact", "contact_phone", "line", "old_status", "new_status", "cause", "actor",
         "keyword", "inbound_message_id", "evidence_text", "note", "model_version", "model_score", "model_top_features", "related_event_id"];

    public static async Task WriteAsync(ConsentDbContext db, TextWriter writer, CancellationToken ct = default) =>
        await WriteAsync(db, writer, LedgerFilter.None, ct);

    public static async Task WriteAsync(ConsentDbContext db, TextWriter writer, LedgerFilter filter, CancellationToken ct = default)
    {
        await writer.WriteLineAsync(string.Join(',', Header));
        var rows = filter.Apply(db);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var e = row.Event;
            await writer.WriteLineAsync(string.Join(',',
                e.Id.ToString(CultureInfo.InvariantCulture), e.OccurredAt.ToString("O", CultureInfo.InvariantCulture), Text(row.Contact), row.PhoneNumber, Text(row.Line),
                e.OldStatus.Describe(), e.NewStatus.Describe(), e.Cause.ToString(), Text(e.Actor), Text(e.Keyword), e.InboundMessageId?.ToString(CultureInfo.InvariantCulture),
                Text(e.EvidenceText), Text(e.Note), Text(e.ModelVersion), e.ModelScore?.ToString("0.####", CultureInfo.InvariantCulture), Text(e.ModelTopFeatures),
                e.RelatedEventId?.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>
    /// Text that people typed, quoted where needed; a leading =, +, - or @ is defused so a spreadsheet
    /// never runs a customer's text as a formula. (Ids, times and E.164 numbers are written as they are.)
    /// </summary>
    internal static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
