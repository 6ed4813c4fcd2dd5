using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Reports;

/// <summary>
/// The Opt In &amp; Out Snapshot across the dealerships a manager of several manages: each line of each of them with
/// its contacts opted in and out now and its opt-ins and opt-outs within the days (each dealership's own days, in its
/// time zone), and the days summed over them all. Each dealership is read through a context walled to it alone.
/// </summary>
public sealed record GroupOptInOutSnapshot(IReadOnlyList<GroupSnapshotLine> Lines, IReadOnlyList<SnapshotDay> Days)
{
    public static async Task<GroupOptInOutSnapshot> LoadAsync(DealershipDb databases, IEnumerable<StaffDealership> managed, SnapshotRange range, CancellationToken ct = default)
    {
        if (range.Problem is { } problem) throw new ArgumentException(problem, nameof(range));
        var lines = new List<GroupSnapshotLine>();
        var changes = new List<SnapshotChange>();
        foreach (var dealership in managed)
        {
            await using var db = databases.ForDealership(dealership.Id);
            var time = DealershipTime.For(await db.Accounts.AsNoTracking().SingleAsync(ct));
            var ids = await db.Lines.Select(l => l.Id).ToListAsync(ct);
            var own = await OptInOutSnapshot.LoadChangesAsync(db, time, ids, range, ct);
            lines.AddRange((await OptInOutSnapshot.LoadLinesAsync(db, ids, ct)).Select(line => new GroupSnapshotLine(dealership.Name, line,
                own.Count(c => c.LineId == line.LineId && c.NewStatus == ConsentStatus.OptedIn),
                own.Count(c => c.LineId == line.LineId && c.NewStatus == ConsentStatus.OptedOut))));
            changes.AddRange(own);
        }
        return new GroupOptInOutSnapshot(lines, SnapshotDay.Each(range, changes));
    }

    public int OptedIn => Lines.Sum(l => l.Line.OptedIn);
    public int OptedOut => Lines.Sum(l => l.Line.OptedOut);
    public int OptIns => Lines.Sum(l => l.OptIns);
    public int OptOuts => Lines.Sum(l => l.OptOuts);

    public async Task WriteCsvAsync(TextWriter writer, CancellationToken ct = default)
    {
        await using var csv = CsvExport.Create(writer);
        await csv.WriteRecordAsync(["dealership", "line", "opted_in_now", "opted_out_now", "opt_ins_in_range", "opt_outs_in_range"], ct);
        foreach (var line in Lines)
        {
            csv.WriteField(line.Dealership);
            csv.WriteField(line.Line.Name);
            csv.WriteField(line.Line.OptedIn);
            csv.WriteField(line.Line.OptedOut);
            csv.WriteField(line.OptIns);
            csv.WriteField(line.OptOuts);
            await csv.EndRecordAsync(ct);
        }
    }
}

/// <summary>A line of one of the group's dealerships: its counts now, and the opt-ins and opt-outs within the range.</summary>
public sealed record GroupSnapshotLine(string Dealership, SnapshotLine Line, int OptIns, int OptOuts);
