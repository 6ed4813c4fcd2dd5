using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>An advisor signed in on /threads, looking at one contact's thread.</summary>
internal sealed class AdvisorScreen(IPage page)
{
    public IPage Page => page;
    public ILocator Frame => page.GetByTestId("thread-frame");
    public ILocator Warning => page.GetByTestId("consent-warning");
    public ILocator Composer => page.GetByTestId("composer");
    public ILocator SendButton => page.GetByTestId("send");
    public ILocator SendRefused => page.GetByTestId("send-refused");
    public ILocator Messages => page.GetByTestId("message");
    public ILocator Notification => page.Locator(".mud-snackbar");

    /// <summary>The contact panel's row for one line: its data-status is the ConsentStatus name.</summary>
    public ILocator LineStatus(string line) => page.GetByTestId("contact-panel").Locator($"[data-testid=line-status][data-line='{line}']");

    /// <summary>Messages whose text is exactly <paramref name="text"/> (an advisor's footer line is not a customer's STOP).</summary>
    public ILocator Message(string text) =>
        Messages.Filter(new() { Has = page.Locator(".text", new() { HasTextRegex = ExactText.Of(text) }) });

    /// <summary>An advisor's text as stored: what they typed, then the footer.</summary>
    public ILocator Outbound(string typed) =>
        Messages.Filter(new() { Has = page.Locator(".text", new() { HasText = typed }) });

    public async Task OpenThreadAsync(int contactId, int lineId)
    {
        await SignIn.AsAdvisorOnAsync(page, $"/threads/{contactId}?line={lineId}");
        await Expect(Frame).ToBeVisibleAsync();

        // Searching the thread list is harmless and visible: once it filters, the circuit is up.
        var search = page.GetByLabel("Search threads");
        var threads = page.GetByTestId("thread-item");
        var name = await Frame.Locator("h2").InnerTextAsync();
        await Interactivity.UntilLiveAsync(
            async () => { await search.FillAsync(name); await search.BlurAsync(); },
            () => Expect(threads).ToHaveCountAsync(1, new() { Timeout = Interactivity.ProbeTimeout }));
        await search.FillAsync("");
        await search.BlurAsync();
        await Expect(threads.Nth(1)).ToBeVisibleAsync();

        // Gone after any reload: lets a test prove the thread updated live.
        await page.EvaluateAsync("() => window.openedWithoutReload = true");
    }

    public async Task<bool> WasReloadedAsync() =>
        !await page.EvaluateAsync<bool>("() => window.openedWithoutReload === true");

    public async Task TypeAndPressEnterAsync(string text)
    {
        await Composer.FillAsync(text);
        await Composer.PressAsync("Enter");
    }

    public async Task<string> BorderColourAsync() =>
        await Frame.EvaluateAsync<string>("frame => getComputedStyle(frame).borderTopColor");
}
