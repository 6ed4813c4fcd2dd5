using System.Diagnostics;
using Microsoft.Playwright;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>
/// Real Threads pages during the load: Debian's Chromium, one signed-in advisor, N tabs (N Blazor circuits)
/// with the probe customer's thread open. <see cref="ShownAsync"/> times how soon each tab shows a text.
/// </summary>
public sealed class OpenPages : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IReadOnlyList<IPage> _pages;

    private OpenPages(IPlaywright playwright, IBrowser browser, IReadOnlyList<IPage> pages) =>
        (_playwright, _browser, _pages) = (playwright, browser, pages);

    public int Count => _pages.Count;

    public static async Task<OpenPages> OpenAsync(WebhookLoadOptions options, string threadPath)
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"--pages needs Chromium at {Chromium}: apt-get install -y chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = IdleChromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new() { BaseURL = options.Url.ToString(), ViewportSize = new() { Width = 1366, Height = 768 } });
        context.SetDefaultTimeout(60_000);

        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync("account/login");
        await signIn.Locator("#email").FillAsync(options.User);
        await signIn.Locator("#password").FillAsync(options.Password!);
        await signIn.Locator("button[type=submit]").ClickAsync();
        await signIn.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await signIn.CloseAsync();

        var pages = new List<IPage>();
        for (var i = 0; i < options.Pages; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(threadPath);
            await page.Locator("body[data-interactive=true]").WaitForAsync(); // the circuit is up
            pages.Add(page);
        }
        return new OpenPages(playwright, browser, pages);
    }

    /// <summary>
    /// The browser is load, not the system under test, yet it shares this machine's cores with the app: it runs
    /// under Linux's idle scheduling class (every process it starts inherits it, and unlike a nice level,
    /// Chromium does not lift it for the tab in front), so it gets only the CPU the app leaves, and the probe
    /// shows how late the pages then are.
    /// </summary>
    private static string IdleChromium()
    {
        if (OperatingSystem.IsWindows()) return Chromium;
        var wrapper = Path.Combine(Path.GetTempPath(), "webhook-load-chromium.sh");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec chrt --idle 0 {Chromium} \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return wrapper;
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
