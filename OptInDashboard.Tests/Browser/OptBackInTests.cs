using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class OptBackInTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    [Theory]
    [InlineData("REJOIN", "Linda Park")]
    [InlineData("OPTIN", "Carlos Rivera")]
    public async Task OptInKeywordTurnsTheThreadGreenAndTheAdvisorsTextsArriveAgain(string keyword, string contact)
    {
        await using var slice = await Slice.OpenAsync(app, chromium, contact);
        var (advisor, phone) = (slice.Advisor, slice.Phone);
        await slice.CustomerHasOptedOutAsync();

        await phone.TextAsync(keyword);

        await Expect(phone.Received.Last).ToHaveTextAsync(CustomerReplies.OptedBackIn);
        await Expect(advisor.Frame).ToHaveAttributeAsync("data-frame", "opted-in");
        var border = await advisor.BorderColourAsync();
        Assert.True(Colour.Parse(border).IsGreenish, $"The thread frame's border is {border}.");
        await Expect(advisor.Message(keyword)).ToHaveAttributeAsync("data-flag", "flag-opt-in");
        await Expect(advisor.SendButton).ToBeEnabledAsync();

        const string text = "Your car is ready for pickup.";
        await advisor.TypeAndPressEnterAsync(text);

        await Expect(advisor.Outbound(text)).ToHaveAttributeAsync("data-status", "Delivered");
        await Expect(advisor.SendRefused).ToHaveCountAsync(0);
        await Expect(phone.Received.Last).ToHaveTextAsync(new Regex($@"^{Regex.Escape(text)}\s+{Regex.Escape(CustomerReplies.Footer)}$"));
    }

    [Fact]
    public async Task TheNotSentWarningGoesOnceTheCustomerOptsBackIn()
    {
        await using var slice = await Slice.OpenAsync(app, chromium, "Michael Brown");
        var (advisor, phone) = (slice.Advisor, slice.Phone);
        await slice.CustomerHasOptedOutAsync();
        await advisor.TypeAndPressEnterAsync("Your brake job is done");
        await Expect(advisor.SendRefused).ToContainTextAsync("Opted out on Service");

        await phone.TextAsync("START");

        await Expect(advisor.Frame).ToHaveAttributeAsync("data-frame", "opted-in");
        await Expect(advisor.SendRefused).ToHaveCountAsync(0);
        Assert.False(await advisor.WasReloadedAsync());
    }
}
