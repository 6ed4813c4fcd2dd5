using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Data;
using OptInDashboard.Reports;

namespace OptInDashboard.Benchmarks.PageTiming;

/// <summary>
/// page-timing: tops a running app's database up to N scale customers, then opens the Threads page and the snapshot
/// in Chromium again and again as a signed-in manager, timing each from the navigation to its first row on screen;
/// beside them the same browser's floor for a page of the app (the sign-in form, no data).
/// </summary>
public static class PageTimingCommand
{
    public const string Usage =
        "--url http://127.0.0.1:5080 --db path/to/app.db|\"Host=…\" --password P [--user manager@demo.local] [--contacts 100000] [--line +15555550100] [--times 10]";

    private static readonly HashSet<string> Names = ["url", "db", "user", "password", "contacts", "line", "times"];

    public static async Task<int> RunAsync(string[] args)
    {
        if (CommandLine.WantsHelp(args))
        {
            Console.WriteLine("usage: page-timing " + Usage);
            return 0;
        }
        CommandLine line;
        int contacts, times;
        try
        {
            line = new CommandLine(args, Names, Usage);
            if (line.Get("db") is null || line.Get("password") is null) throw new ArgumentException("page-timing needs --db and --password. Usage: " + Usage);
            contacts = line.Int("contacts", 100_000);
            times = Math.Max(1, line.Int("times", 10));
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
        var url = new Uri(line.Get("url") ?? "http://127.0.0.1:5080");

        var seeding = Stopwatch.StartNew();
        var added = await ScaleContacts.EnsureAsync(line.Get("db")!, line.Get("line") ?? "+15555550100", contacts);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page-timing: {contacts} scale customers opted in on the line ({added} added in {seeding.Elapsed.TotalSeconds:0} s)"));

        await TimeQueriesAsync(line.Get("db")!, line.Get("line") ?? "+15555550100", times);
        try { await TimePagesAsync(url, line, times); }
        catch (Exception ex) when (ex is InvalidOperationException or PlaywrightException)
        {
            Console.Error.WriteLine($"Could not time the pages: {ex.Message}");
            return 1;
        }
        return 0;
    }

    private static async Task TimePagesAsync(Uri url, CommandLine line, int times)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await StaffBrowser.LaunchAsync(playwright, idle: false);
        var context = await StaffBrowser.SignedInAsync(browser, url, line.Get("user") ?? "manager@demo.local", line.Get("password")!);
        var page = await context.NewPageAsync();

        var floor = await TimeAsync(times, async () =>
        {
            await using var anonymous = await browser.NewContextAsync(new() { BaseURL = url.ToString() });
            var blank = await anonymous.NewPageAsync();
            var clock = Stopwatch.StartNew();
            await blank.GotoAsync("account/login");
            await blank.Locator("#email").WaitForAsync();
            return clock.Elapsed;
        });
        var threads = await TimeAsync(times, () => FirstRowAsync(page, "threads", "[data-testid=thread-item]"));
        var count = await page.GetByTestId("thread-count").InnerTextAsync();
        var snapshot = await TimeAsync(times, () => FirstRowAsync(page, "reports/snapshot", "[data-testid=snapshot-grid] td [data-consent]"));
        var total = await page.Locator("[data-testid=snapshot-grid] .mud-table-pagination-caption").Last.InnerTextAsync(); // "1-20 of 100,078"

        Report("floor: the sign-in page", floor, floor);
        Report($"Threads, first thread on screen ({count})", threads, floor);
        Report($"snapshot, first contact row on screen ({total.Trim()})", snapshot, floor);
    }

    /// <summary>The share of the database: each page's first-page queries, run as the page runs them, in this process.</summary>
    private static async Task TimeQueriesAsync(string database, string linePhoneNumber, int times)
    {
        Line line;
        await using (var db = ScaleContacts.Open(database))
            line = await db.Lines.IgnoreQueryFilters().SingleAsync(l => l.PhoneNumber == linePhoneNumber);
        var dealership = new DealershipDb(() => ScaleContacts.Open(database));
        async Task<TimeSpan> Timed(Func<ConsentDbContext, Task> query)
        {
            await using var db = dealership.ForDealership(line.AccountId);
            var clock = Stopwatch.StartNew();
            await query(db);
            return clock.Elapsed;
        }
        var threads = await TimeAsync(times, () => Timed(db => ThreadList.PageAsync(db, new ThreadListQuery(line.Id), 0, 30)));
        var snapshot = await TimeAsync(times, () => Timed(db => SnapshotContacts.PageAsync(db, [line.Id], 0, 20)));
        Report("database: the Threads page's first 30 threads", threads);
        Report("database: the snapshot's first 20 contacts", snapshot);
    }

    private static async Task<TimeSpan> FirstRowAsync(IPage page, string path, string row)
    {
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(path);
        await page.Locator(row).First.WaitForAsync();
        return clock.Elapsed;
    }

    /// <summary>Once to warm up (the app's first query of a kind compiles it), then <paramref name="times"/> measured.</summary>
    private static async Task<double[]> TimeAsync(int times, Func<Task<TimeSpan>> once)
    {
        await once();
        var measured = new List<double>();
        for (var i = 0; i < times; i++) measured.Add((await once()).TotalMilliseconds);
        return [.. measured.Order()];
    }

    private static void Report(string what, double[] ms, double[]? floor = null) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: p50 {Percentile.Of(ms, 0.5):0} ms, p95 {Percentile.Of(ms, 0.95):0} ms, max {ms[^1]:0} ms over {ms.Length}{(floor is null ? "" : $"; {Percentile.Of(ms, 0.5) / Percentile.Of(floor, 0.5):0.0}x the floor's p50")}"));
}
