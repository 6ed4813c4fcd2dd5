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
}
