using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;
using OptInDashboard.Reports;

namespace OptInDashboard.Consent;

/// <summary>
/// Which ledger rows to show or export: a contact (by name or number), a line, a cause and a range of
/// the dealership's days (both ends included). The same filter serves the ledger page and <c>/reports/ledger.csv</c>.
/// </summary>
public sealed record LedgerFilter
{
    public string? Contact { get; init; }
    public int? LineId { get; init; }
    public ConsentCause? Cause { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    public static readonly LedgerFilter None = new();

    /// <summary>Why these dates cannot be exported, in words for the person who chose them; null when they can (any length: an audit may span years).</summary>
    public string? Problem =>
        (From is { } from ? SnapshotRange.DayProblem(from) : null)
        ?? (To is { } to ? SnapshotRange.DayProblem(to) : null)
        ?? (From is { } f && To is { } t ? SnapshotRange.OrderProblem(f, t) : null);

    public IQueryable<LedgerRow> Apply(ConsentDbContext db, DealershipTime time, bool newestFirst = false)
    {
        var events = db.ConsentEvents.AsNoTracking();
        if (LineId is { } lineId) events = events.Where(e => e.LineId == lineId);
        if (Cause is { } cause) events = events.Where(e => e.Cause == cause);
        if (From is { } from)
        {
            var start = time.StartOfDayUtc(from);
            events = events.Where(e => e.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = time.StartOfDayUtc(to.AddDays(1));
            events = events.Where(e => e.OccurredAt < end);
        }
        var contacts = ContactSearch.Matching(db.Contacts, Contact);
        events = newestFirst ? events.OrderByDescending(e => e.Id) : events.OrderBy(e => e.Id);
        return from e in events
               join c in contacts on e.ContactId equals c.Id
               join l in db.Lines on e.LineId equals l.Id into lines
               from l in lines.DefaultIfEmpty()
               select new LedgerRow { Event = e, Contact = c.Name ?? c.PhoneNumber, PhoneNumber = c.PhoneNumber, Line = l == null ? "(account)" : l.Name };
    }

    /// <summary>The query string for the CSV export of these rows.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Contact)) parts.Add("contact=" + Uri.EscapeDataString(Contact.Trim()));
        if (LineId is { } lineId) parts.Add($"lineId={lineId}");
        if (Cause is { } cause) parts.Add($"cause={cause}");
        if (From is { } from) parts.Add($"from={from:yyyy-MM-dd}");
        if (To is { } to) parts.Add($"to={to:yyyy-MM-dd}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

public sealed class LedgerRow
{
    public required ConsentEvent Event { get; init; }
    public required string Contact { get; init; }
    public required string PhoneNumber { get; init; }
    public required string Line { get; init; }
}
