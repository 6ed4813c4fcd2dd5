using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OptInDashboard.Tests.Reports;

/// <summary>
/// The thread list over 10,000 contacts: each page is filtered, ordered and cut in the database. The
/// timings are printed for the record (they depend on the machine), not asserted.
/// </summary>
public sealed class ThreadListAtScaleTests(ThreadListAtScaleTests.TenThousandContacts app, ITestOutputHelper output) : IClassFixture<ThreadListAtScaleTests.TenThousandContacts>
{
    public const int Contacts = 10_000;

    public sealed class TenThousandContacts : TestApp
    {
        public TenThousandContacts() : base(dispatchInBackground: false) => ScaleSeed.AddContacts(this, Contacts);
    }

    private async Task<(IReadOnlyList<ThreadListItem> Items, int Total)> TimedAsync(string what, ThreadListQuery query, int skip = 0, int take = 30)
    {
        await using var db = app.Get<DealershipDb>().For(Staff.Advisor); // the advisor's view: Riverside's threads only
        await ThreadList.PageAsync(db, query, skip, take); // warm: the first query compiles the LINQ
        var clock = Stopwatch.StartNew();
        var page = await ThreadList.PageAsync(db, query, skip, take);
        output.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds:0.0} ms ({page.Items.Count} of {page.Total})");
        return page;
    }

    [Fact]
    public async Task TheThreadListPagesTenThousandContactsInTheDatabaseNewestFirst()
    {
        int service;
        await using (var db = app.CreateDbContext()) service = await db.RiversideLines().Where(l => l.Name == "Service").Select(l => l.Id).SingleAsync();

        var first = await TimedAsync("first page, no filter", new ThreadListQuery(service));
        var deep = await TimedAsync("page at 9,000", new ThreadListQuery(service), skip: 9_000);
        var search = await TimedAsync("search '0421'", new ThreadListQuery(service, "0421"));
        var typedNumber = await TimedAsync("search '(666) 000-0421'", new ThreadListQuery(service, "(666) 000-0421"));
        var partNumber = await TimedAsync("search '000-0421'", new ThreadListQuery(service, "000-0421"));
        var optedOut = await TimedAsync("filter opted out", new ThreadListQuery(service, Status: ConsentStatus.OptedOut));
        var unread = await TimedAsync("filter unread", new ThreadListQuery(service, UnreadOnly: true));

        Assert.Equal(Contacts + 12, first.Total);
        Assert.Equal(["Customer 09999", "Customer 09998"], first.Items.Take(2).Select(i => i.Name));
        Assert.Equal(30, deep.Items.Count);
        Assert.Contains(search.Items, i => i.Name == "Customer 00421");
        Assert.Equal(["Customer 00421"], typedNumber.Items.Select(i => i.Name));
        Assert.Contains(partNumber.Items, i => i.Name == "Customer 00421");
        Assert.Equal(["Dana Whitfield"], optedOut.Items.Select(i => i.Name));
        Assert.Equal(first.Total - 3, unread.Total); // three demo threads have no inbound text yet
        Assert.All(unread.Items, i => Assert.Equal(1, i.Unread));
    }
}
