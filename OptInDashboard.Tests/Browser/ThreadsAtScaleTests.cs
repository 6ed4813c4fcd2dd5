using System.Diagnostics;
using OptInDashboard.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// The threads page over 10,000 contacts in a real browser: only the rows in view are rendered, and each
/// scroll or search asks the database for one page. Timings are printed for the record, not asserted.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThreadsAtScaleTests(LiveApp app, Chromium chromium, ITestOutputHelper output) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task TheThreadsPageOpensSearchesAndScrollsTenThousandContacts()
    {
        ScaleSeed.AddContacts(app, 10_000);
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/contacts");
        var page = advisor.Page;
        var items = page.GetByTestId("thread-item");

        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/threads");
        await Interactivity.CircuitUpAsync(page);
        await Expect(items.First).ToBeVisibleAsync();
        output.WriteLine($"open /threads until the first thread shows: {clock.ElapsedMilliseconds} ms");
        await Expect(page.GetByTestId("thread-count")).ToHaveTextAsync("10012 threads");
        var rendered = await items.CountAsync();
        output.WriteLine($"thread items in the DOM: {rendered}");
        Assert.True(rendered < 100, $"{rendered} thread items rendered: the list is not virtualised.");

        clock.Restart();
        var search = page.GetByLabel("Search threads");
        await search.FillAsync("Customer 00421");
        await search.PressAsync("Enter");
        await Expect(items).ToHaveCountAsync(1);
        output.WriteLine($"search until one thread shows: {clock.ElapsedMilliseconds} ms");

        await search.FillAsync("");
        await search.PressAsync("Enter");
        await Expect(items.Nth(5)).ToBeVisibleAsync();
        clock.Restart();
        await page.GetByTestId("thread-list").EvaluateAsync("list => list.scrollTop = list.scrollHeight");
        await Expect(items.Filter(new() { HasText = "Customer 00000" })).ToBeVisibleAsync();
        output.WriteLine($"scroll to the end until the oldest thread shows: {clock.ElapsedMilliseconds} ms");
    }
}
