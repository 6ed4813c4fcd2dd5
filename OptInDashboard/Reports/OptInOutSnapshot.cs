using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Reports;

/// <summary>
/// The Opt In &amp; Out Snapshot for some lines: every contact opted in or out on any of them (with the
/// status on each), the counts per line, and opt-ins and opt-outs per day of the dealership from the ledger.
/// </summary>
public sealed record OptInOutSnapshot(
    IReadOnlyList<SnapshotLine> Lines,
    IReadOnlyList<SnapshotContact> Contacts,
    IReadOnlyList<SnapshotDay> Days)
{
    public static async Task<OptInOutSnapshot> LoadAsync(ConsentDbContext db, DealershipTime time, IReadOnlyCollection<int> lineIds, SnapshotRange range, CancellationToken ct = default)
    {
        if (range.Problem is { } problem) throw new ArgumentException(problem, nameof(range));
        var ids = lineIds.ToList();
        var lines = await db.Lines.AsNoTracking().Where(l => ids.Contains(l.Id)).OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.Name }).ToListAsync(ct);
        var counts = await db.ConsentRecords.Where(r => ids.Contains(r.LineId) && (r.Status == ConsentStatus.OptedIn || r.Status == ConsentStatus.OptedOut))
            .GroupBy(r => new { r.LineId, r.Status }).Select(g => new { g.Key.LineId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var statuses = await (from r in db.ConsentRecords.AsNoTracking()
                              where ids.Contains(r.LineId) && (r.Status == ConsentStatus.OptedIn || r.Status == ConsentStatus.OptedOut)
                              join c in db.Contacts on r.ContactId equals c.Id
                              select new { c.Id, Name = c.Name ?? c.PhoneNumber, c.PhoneNumber, r.LineId, r.Status }).ToListAsync(ct);

        var (start, end) = range.ToUtc(time);
        var changes = await db.ConsentEvents.AsNoTracking()
            .Where(e => e.LineId != null && ids.Contains(e.LineId.Value) && e.OccurredAt >= start && e.OccurredAt < end
                        && e.OldStatus != e.NewStatus && (e.NewStatus == ConsentStatus.OptedIn || e.NewStatus == ConsentStatus.OptedOut))
            .Select(e => new { e.OccurredAt, e.NewStatus }).ToListAsync(ct);

        var localChanges = changes.Select(c => new { Day = DateOnly.FromDateTime(time.ToLocal(c.OccurredAt)), c.NewStatus }).ToList();
        var days = new List<SnapshotDay>();
        for (var day = range.From; day <= range.To; day = day.AddDays(1))
        {
            var onDay = localChanges.Where(c => c.Day == day).ToList();
            days.Add(new SnapshotDay(day, onDay.Count(c => c.NewStatus == ConsentStatus.OptedIn), onDay.Count(c => c.NewStatus == ConsentStatus.OptedOut)));
        }

        return new OptInOutSnapshot(
            lines.Select(l => new SnapshotLine(l.Id, l.Name,
                counts.Where(c => c.LineId == l.Id && c.Status == ConsentStatus.OptedIn).Sum(c => c.Count),
                counts.Where(c => c.LineId == l.Id && c.Status == ConsentStatus.OptedOut).Sum(c => c.Count))).ToList(),
            statuses.GroupBy(s => new { s.Id, s.Name, s.PhoneNumber })
                .Select(g => new SnapshotContact(g.Key.Id, g.Key.Name, g.Key.PhoneNumber, g.ToDictionary(s => s.LineId, s => s.Status)))
                .OrderBy(c => c.Name).ToList(),
            days);
    }

    public async Task WriteCsvAsync(TextWriter writer, CancellationToken ct = default)
    {
        await using var csv = CsvExport.Create(writer);
        await csv.WriteRecordAsync(["contact", "contact_phone", .. Lines.Select(l => l.Name)], ct);
        foreach (var contact in Contacts)
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

public sealed record SnapshotDay(DateOnly Day, int OptIns, int OptOuts)
{
    /// <summary>
    /// The chart's category. A text, not a date: the chart lays dates out on a continuous axis that ends
    /// at the last day's midnight, which drew no column for the last day (today, by default).
    /// </summary>
    public string Label => Day.ToString("MMM d", System.Globalization.CultureInfo.InvariantCulture);
}
