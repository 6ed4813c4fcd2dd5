using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>The /simulator page playing one customer's phone on the Service line (the first line, its default).</summary>
internal sealed class CustomerPhone(IPage page)
{
    public IPage Page => page;
    public ILocator Composer => page.GetByTestId("sim-composer");
    public ILocator Received => page.Locator("[data-testid=sim-message][data-direction=received]");
    private ILocator Sent => page.Locator("[data-testid=sim-message][data-direction=sent]");

    public async Task OpenAsync(string phoneNumber)
    {
        await SignIn.AsAdvisorOnAsync(page, "/simulator");

        // The composer is enabled once a number is chosen, which only a live circuit can do.
        var number = page.GetByTestId("sim-number");
        await Interactivity.UntilLiveAsync(
            async () => { await number.FillAsync(phoneNumber); await number.BlurAsync(); },
            () => Expect(Composer).ToBeEnabledAsync(new() { Timeout = Interactivity.ProbeTimeout }));
        await Expect(page.GetByTestId("sim-phone").Locator(".phone-header")).ToHaveTextAsync(phoneNumber);
    }

    /// <summary>Types and sends a text, and waits until the phone shows it as sent.</summary>
    public async Task TextAsync(string text)
    {
        var sameText = Sent.Filter(new() { HasTextRegex = ExactText.Of(text) });
        var before = await sameText.CountAsync();
        await Composer.FillAsync(text);
        await Composer.PressAsync("Enter");
        await Expect(sameText).ToHaveCountAsync(before + 1);
    }
}
