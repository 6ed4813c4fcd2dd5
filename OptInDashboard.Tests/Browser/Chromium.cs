using Microsoft.Playwright;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, one instance for all browser tests. Playwright's own browser
/// download is not reachable from our machines, so a missing Chromium fails loudly rather than skipping.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}: run `apt-get update && apt-get install -y chromium` (scripts/test.sh does it).");

        // A 2-core machine running the app, two browser pages and other test classes at once needs more than the 5 s default.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page in a fresh context (its own cookies), with relative URLs resolved against <paramref name="baseUrl"/>.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        var context = await _browser!.NewContextAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = 1100, Height = 700 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
