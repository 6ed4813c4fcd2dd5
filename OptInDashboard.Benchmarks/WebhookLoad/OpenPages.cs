using System.Diagnostics;
using Microsoft.Playwright;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>
/// Real Threads pages during the load: Debian's Chromium, one signed-in advisor, N tabs (N Blazor circuits) on each
/// instance with the probe customer's thread open. <see cref="ShownAsync"/> times how soon each tab shows a text.
/// </summary>
public sealed class OpenPages : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IReadOnlyList<IPage> _pages;

    private OpenPages(IPlaywright playwright, IBrowser browser, IReadOnlyList<IPage> pages) =>
        (_playwright, _browser, _pages) = (playwright, browser, pages);

    public int Count => _pages.Count;

    public static async Task<OpenPages> OpenAsync(WebhookLoadOptions options, string threadPath)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await StaffBrowser.LaunchAsync(playwright, idle: true); // load, not the system under test
        var pages = new List<IPage>();
        foreach (var url in options.Urls)
        {
            var context = await StaffBrowser.SignedInAsync(browser, url, options.User, options.Password!);
            for (var i = 0; i < options.Pages; i++)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(threadPath);
                await page.Locator("body[data-interactive=true]").WaitForAsync(); // the circuit is up
                pages.Add(page);
            }
        }
        return new OpenPages(playwright, browser, pages);
    }

    /// <summary>For each page, when it showed <paramref name="text"/> (on <paramref name="clock"/>), or null if not within the patience.</summary>
    public Task<TimeSpan?[]> ShownAsync(string text, Stopwatch clock, TimeSpan patience) =>
        Task.WhenAll(_pages.Select(async page =>
        {
            try
            {
                await page.GetByText(text).First.WaitForAsync(new() { Timeout = (float)patience.TotalMilliseconds });
                return (TimeSpan?)clock.Elapsed;
            }
            catch (TimeoutException)
            {
                return null;
            }
        }));

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
