using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>The slice in the environment the README's run command uses, where no Development crutch can hide a missing asset.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProductionTests(ProductionLiveApp app, Chromium chromium) : IClassFixture<ProductionLiveApp>
{
    [Fact]
    public async Task InProductionAStopStillTurnsTheAdvisorsThreadRedLive()
    {
        await using var slice = await Slice.OpenAsync(app, chromium, "Olivia Turner");

        await slice.Phone.TextAsync("STOP");

        await Expect(slice.Advisor.Frame).ToHaveAttributeAsync("data-frame", "opted-out");
        await Expect(slice.Advisor.SendButton).ToBeDisabledAsync();
        await Expect(slice.Phone.Received.Last).ToHaveTextAsync(CustomerReplies.OptedOut);
        Assert.True(Colour.Parse(await slice.Advisor.BorderColourAsync()).IsReddish, "the frame's red comes from the scoped CSS bundle");
    }

    [Theory]
    [InlineData("/threads")]
    [InlineData("/contacts")]
    [InlineData("/reports/snapshot")]
    [InlineData("/reports/group-snapshot")]
    [InlineData("/reports/ledger")]
    [InlineData("/admin/settings")]
    [InlineData("/admin/responders")]
    public async Task InProductionEveryPageWorksUnderTheContentSecurityPolicyWithNothingRefused(string path)
    {
        var page = await chromium.NewPageAsync(app.BaseUrl);
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) refused.Add(message.Text); };

        await SignIn.AsOnAsync(page, SignIn.AdminEmail, path);
        await Interactivity.CircuitUpAsync(page);
        Assert.Equal("fixed", await page.Locator(".mud-appbar").EvaluateAsync<string>("e => getComputedStyle(e).position")); // MudBlazor's styles apply

        Assert.Empty(refused);
        await page.Context.DisposeAsync();
    }
}
