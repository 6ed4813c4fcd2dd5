using Microsoft.Playwright;

namespace OptInDashboard.Benchmarks;

/// <summary>Debian's Chromium, headless, as the load commands drive it: launched, and signed in as a staff member.</summary>
public static class StaffBrowser
{
    private const string Chromium = "/usr/bin/chromium";

    /// <param name="idle">
    /// When the browser is load, not the system under test, yet shares this machine's cores with the app: it then
    /// runs under Linux's idle scheduling class (every process it starts inherits it, and unlike a nice level,
    /// Chromium does not lift it for the tab in front), so it gets only the CPU the app leaves.
    /// </param>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, bool idle)
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"Chromium is needed at {Chromium}: apt-get install -y chromium");
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = idle ? IdleChromium() : Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A browser context on <paramref name="url"/> with <paramref name="user"/> signed in.</summary>
    public static async Task<IBrowserContext> SignedInAsync(IBrowser browser, Uri url, string user, string password)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = url.ToString(), ViewportSize = new() { Width = 1366, Height = 768 } });
        context.SetDefaultTimeout(60_000);
        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync("account/login");
        await signIn.Locator("#email").FillAsync(user);
        await signIn.Locator("#password").FillAsync(password);
        await signIn.Locator("button[type=submit]").ClickAsync();
        await signIn.WaitForURLAsync(address => !address.Contains("/account/login", StringComparison.Ordinal));
        await signIn.CloseAsync();
        return context;
    }

    private static string IdleChromium()
    {
        if (OperatingSystem.IsWindows()) return Chromium;
        var wrapper = Path.Combine(Path.GetTempPath(), "webhook-load-chromium.sh");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec chrt --idle 0 {Chromium} \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return wrapper;
    }
}
