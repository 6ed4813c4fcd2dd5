using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Reports;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Reports;

/// <summary>A report's day is the dealership's day: an opt-out at 10 PM in New York is that day's, although it is the next day in UTC.</summary>
public sealed class DealershipDaysTests : IDisposable
{
    private static readonly DealershipTime NewYork = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
    private static readonly DateTime TenPmOnMarch10InNewYork = new(2026, 3, 11, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly March10 = new(2026, 3, 10);

    private readonly TestApp _app = new(dispatchInBackground: false);

    private async Task<int> OptOutLateOnMarch10Async()
    {
        await using var db = _app.CreateDbContext();
        var maria = await db.RiversideContacts().SingleAsync(c => c.Name == "Maria Gonzalez");
        var marketing = await db.RiversideLines().SingleAsync(l => l.Name == "Marketing");
        var record = db.ConsentRecords.Add(new ConsentRecord(maria.Id, marketing.Id)).Entity;
        db.ConsentEvents.Add(record.OptOut(ConsentEvidence.FromStaff(ConsentCause.StaffOnBehalf, "advisor@demo.local", "Late call"), TenPmOnMarch10InNewYork));
        await db.SaveChangesAsync();
        return marketing.Id;
    }

    [Fact]
    public async Task TheSnapshotCountsALateEveningOptOutOnTheDealershipsDayNotTheUtcDay()
    {
        var marketing = await OptOutLateOnMarch10Async();
        await using var db = _app.CreateDbContext();

        var march10 = await OptInOutSnapshot.LoadAsync(db, NewYork, [marketing], new SnapshotRange(March10, March10));
        var march11 = await OptInOutSnapshot.LoadAsync(db, NewYork, [marketing], new SnapshotRange(March10.AddDays(1), March10.AddDays(1)));

        Assert.Equal(1, Assert.Single(march10.Days).OptOuts);
        Assert.Equal(0, Assert.Single(march11.Days).OptOuts);
    }

    [Fact]
    public async Task TheLedgerFilterTakesALateEveningOptOutAsTheDealershipsDay()
    {
        await OptOutLateOnMarch10Async();
        await using var db = _app.CreateDbContext();

        var onMarch10 = await new LedgerFilter { From = March10, To = March10 }.Apply(db, NewYork).CountAsync();
        var onMarch11 = await new LedgerFilter { From = March10.AddDays(1), To = March10.AddDays(1) }.Apply(db, NewYork).CountAsync();

        Assert.Equal((1, 0), (onMarch10, onMarch11));
    }

    public void Dispose() => _app.Dispose();
}
