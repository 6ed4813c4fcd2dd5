using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Reports;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Reports;

public sealed class SnapshotRangeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void TheDefaultRangeEndsTodayByTheClockAndIncludesIt()
    {
        var range = SnapshotRange.EndingToday(new FixedClock(new DateTimeOffset(2026, 3, 10, 23, 59, 0, TimeSpan.Zero)), days: 14);

        Assert.Equal((new DateOnly(2026, 2, 25), new DateOnly(2026, 3, 10)), (range.From, range.To));
        Assert.Null(range.Problem);
    }

    [Fact]
    public void AReversedRangeIsRefusedWithAMessage()
    {
        var range = new SnapshotRange(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 1));

        Assert.Equal("The start date (2026-03-10) is after the end date (2026-03-01): choose a start on or before the end.", range.Problem);
    }

    [Fact]
    public async Task TheDefaultRangeCountsAChangeMadeAMomentAgoOnItsLastDay()
    {
        using var app = new TestApp(dispatchInBackground: false);
        var maria = new ThreadDriver(app, "+15555550111");
        var (contactId, lineId) = await maria.Ids();
        await app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "Asked at the desk");
        var range = SnapshotRange.EndingToday(app.Get<TimeProvider>(), days: 14);

        await using var db = app.CreateDbContext();
        var snapshot = await OptInOutSnapshot.LoadAsync(db, await db.Lines.Select(l => l.Id).ToListAsync(), range.From, range.To);

        Assert.Equal(14, snapshot.Days.Count);
        var today = snapshot.Days[^1];
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), today.Day);
        Assert.Equal(await db.ConsentEvents.CountAsync(e => e.NewStatus == ConsentStatus.OptedOut && e.OccurredAt >= DateTime.UtcNow.Date), today.OptOuts);
    }
}
