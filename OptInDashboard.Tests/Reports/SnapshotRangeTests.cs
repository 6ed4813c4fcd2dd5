using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Reports;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Reports;

public sealed class SnapshotRangeTests
{
    private static readonly DealershipTime NewYork = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

    [Fact]
    public void TheDefaultRangeEndsOnTheDealershipsTodayAndIncludesIt()
    {
        // 02:00 UTC on March 11 is still 10 PM on March 10 in New York.
        var range = SnapshotRange.EndingToday(NewYork, new DateTime(2026, 3, 11, 2, 0, 0, DateTimeKind.Utc), days: 14);

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
    public void ARangeRunsFromTheDealershipsFirstMidnightToTheMidnightAfterItsLastDay()
    {
        var (start, end) = new SnapshotRange(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10)).ToUtc(NewYork);

        Assert.Equal((new DateTime(2026, 3, 10, 4, 0, 0), new DateTime(2026, 3, 11, 4, 0, 0)), (start, end));
    }

    [Fact]
    public async Task TheDefaultRangeCountsAChangeMadeAMomentAgoOnItsLastDay()
    {
        using var app = new TestApp(dispatchInBackground: false);
        var maria = new ThreadDriver(app, "+15555550111");
        var (contactId, lineId) = await maria.Ids();
        await app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "Asked at the desk");
        await using var db = app.CreateDbContext();
        var time = DealershipTime.For(await db.RiversideAsync());
        var range = SnapshotRange.EndingToday(time, DateTime.UtcNow, days: 14);

        var snapshot = await OptInOutSnapshot.LoadAsync(db, time, await db.RiversideLines().Select(l => l.Id).ToListAsync(), range);

        Assert.Equal(14, snapshot.Days.Count);
        var today = snapshot.Days[^1];
        Assert.Equal(time.Today(DateTime.UtcNow), today.Day);
        var startOfToday = time.StartOfDayUtc(today.Day);
        Assert.Equal(await db.ConsentEvents.CountAsync(e => e.Contact!.AccountId == Staff.Riverside && e.NewStatus == ConsentStatus.OptedOut && e.OccurredAt >= startOfToday), today.OptOuts);
    }
}
