using MudBlazor;
using OptInDashboard.Consent;

namespace OptInDashboard.Reports;

/// <summary>
/// The ledger grid's sort, done by the database: by time, contact or line as the manager clicked, newest
/// entry first otherwise. The entry id breaks ties so that paging never repeats or skips a row.
/// </summary>
public static class LedgerSort
{
    public static IQueryable<LedgerRow> Apply(IQueryable<LedgerRow> rows, SortDefinition<LedgerRow>? sort) =>
        (sort?.SortBy, sort?.Descending) switch
        {
            ("Event.OccurredAt", false) => rows.OrderBy(r => r.Event.OccurredAt).ThenBy(r => r.Event.Id),
            ("Event.OccurredAt", true) => rows.OrderByDescending(r => r.Event.OccurredAt).ThenByDescending(r => r.Event.Id),
            (nameof(LedgerRow.Contact), false) => rows.OrderBy(r => r.Contact).ThenByDescending(r => r.Event.Id),
            (nameof(LedgerRow.Contact), true) => rows.OrderByDescending(r => r.Contact).ThenByDescending(r => r.Event.Id),
            (nameof(LedgerRow.Line), false) => rows.OrderBy(r => r.Line).ThenByDescending(r => r.Event.Id),
            (nameof(LedgerRow.Line), true) => rows.OrderByDescending(r => r.Line).ThenByDescending(r => r.Event.Id),
            _ => rows.OrderByDescending(r => r.Event.Id),
        };
}
