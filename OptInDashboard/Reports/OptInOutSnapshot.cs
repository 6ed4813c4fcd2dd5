using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Reports;

/// <summary>
/// The Opt In &amp; Out Snapshot for some lines: the counts per line, and opt-ins and opt-outs per day of the
/// dealership from the ledger. Its contacts, opted in or out on any of them, are read a page at a time
/// (<see cref="SnapshotContacts"/>).
/// </summary>
public sealed record OptInOutSnapshot(
    IReadOnlyList<SnapshotLine> Lines,
    IReadOnlyList<SnapshotDay> Days)
{
    public static async Task<OptInOutSnapshot> LoadAsync(ConsentDbContext db, DealershipTime time, IReadOnlyCollection<int> lineIds, SnapshotRange range, CancellationToken ct = default)
    {
        if (range.Problem is { } problem) throw new ArgumentException(problem, nameof(range));
        var ids = lineIds.ToList();
        var lines = await LoadLinesAsync(db, ids, ct);
        var changes = await LoadChangesAsync(db, time, ids, range, ct);
        return new OptInOutSnapshot(lines, SnapshotDay.Each(range, changes));
    }

    /// <summary>Each of these lines (in id order) with how many contacts are opted in and out on it now.</summary>
    internal static async Task<IReadOnlyList<SnapshotLine>> LoadLinesAsync(ConsentDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var lines = await db.Lines.AsNoTracking().Where(l => ids.Contains(l.Id)).OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.Name }).ToListAsync(ct);
        var counts = await db.ConsentRecords.OptedInOrOutOn(ids)
            .GroupBy(r => new { r.LineId, r.Status }).Select(g => new { g.Key.LineId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return [.. lines.Select(l => new SnapshotLine(l.Id, l.Name,
            counts.Where(c => c.LineId == l.Id && c.Status == ConsentStatus.OptedIn).Sum(c => c.Count),
            counts.Where(c => c.LineId == l.Id && c.Status == ConsentStatus.OptedOut).Sum(c => c.Count)))];
    }

    /// <summary>The ledger's opt-ins and opt-outs on these lines within the dealership's days: changes of status only.</summary>
    internal static async Task<IReadOnlyList<SnapshotChange>> LoadChangesAsync(ConsentDbContext db, DealershipTime time, IReadOnlyCollection<int> ids, SnapshotRange range, CancellationToken ct)
    {
        var (start, end) = range.ToUtc(time);
        var changes = await db.ConsentEvents.AsNoTracking()
            .Where(e => e.LineId != null && ids.Contains(e.LineId.Value) && e.OccurredAt >= start && e.OccurredAt < end
                        && e.OldStatus != e.NewStatus && (e.NewStatus == ConsentStatus.OptedIn || e.NewStatus == ConsentStatus.OptedOut))
            .Select(e => new { LineId = e.LineId!.Value, e.OccurredAt, e.NewStatus }).ToListAsync(ct);
        return [.. changes.Select(c => new SnapshotChange(c.LineId, DateOnly.FromDateTime(time.ToLocal(c.OccurredAt)), c.NewStatus))];
    }

    public IReadOnlyList<int> LineIds => [.. Lines.Select(l => l.LineId)];

    /// <summary>Every contact opted in or out on these lines, with the status on each, streamed from the database.</summary>
    public async Task WriteCsvAsync(ConsentDbContext db, TextWriter writer, CancellationToken ct = default)
    {
        await using var csv = CsvExport.Create(writer);
        await csv.WriteRecordAsync(["contact", "contact_phone", .. Lines.Select(l => l.Name)], ct);
        await foreach (var contact in SnapshotContacts.AllAsync(db, LineIds, ct))
        {
            csv.WriteField(contact.Name);
            csv.WritePhoneNumber(contact.PhoneNumber);
            foreach (var line in Lines) csv.WriteField(contact.StatusOn(line.LineId).Describe());
            await csv.EndRecordAsync(ct);
        }
    }
}

public sealed record SnapshotLine(int LineId, string Name, int OptedIn, int OptedOut);

public sealed record SnapshotContact(int ContactId, string Name, string PhoneNumber, IReadOnlyDictionary<int, ConsentStatus> Statuses)
{
    public ConsentStatus StatusOn(int lineId) => Statuses.GetValueOrDefault(lineId, ConsentStatus.NotDefined);
}

/// <summary>A contact opted in or out on a line, on a day of the line's dealership.</summary>
public sealed record SnapshotChange(int LineId, DateOnly Day, ConsentStatus NewStatus);

public sealed record SnapshotDay(DateOnly Day, int OptIns, int OptOuts)
{
    /// <summary>Every day of the range, with the opt-ins and opt-outs among these changes that fell on it.</summary>
    public static IReadOnlyList<SnapshotDay> Each(SnapshotRange range, IEnumerable<SnapshotChange> changes)
    {
        var perDay = changes.ToLookup(c => c.Day);
        var days = new List<SnapshotDay>();
        for (var day = range.From; day <= range.To; day = day.AddDays(1))
            days.Add(new SnapshotDay(day, perDay[day].Count(c => c.NewStatus == ConsentStatus.OptedIn), perDay[day].Count(c => c.NewStatus == ConsentStatus.OptedOut)));
        return days;
    }

    /// <summary>
    /// The chart's category. A text, not a date: the chart lays dates out on a continuous axis that ends
    /// at the last day's midnight, which drew no column for the last day (today, by default).
    /// </summary>
    public string Label => Day.ToString("MMM d", System.Globalization.CultureInfo.InvariantCulture);
}
