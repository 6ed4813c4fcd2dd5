using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Browser;

/// <summary>What an advisor sees when a customer says stop in their own words, or says something that only looks like it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FreeTextTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task PleaseStopTextingMeTurnsTheThreadRedAndIsConfirmed()
    {
        await using var slice = await Slice.OpenAsync(app, chromium, "Emily Chen");
        var (advisor, phone) = (slice.Advisor, slice.Phone);

        await phone.TextAsync("please stop texting me");

        await Expect(advisor.Frame).ToHaveAttributeAsync("data-frame", "opted-out");
        await Expect(advisor.Message("please stop texting me")).ToHaveAttributeAsync("data-flag", "flag-opt-out");
        await Expect(advisor.SendButton).ToBeDisabledAsync();
        await Expect(phone.Received.Last).ToHaveTextAsync(CustomerReplies.OptedOut);
    }

    [Fact]
    public async Task IllStopByAtThreeChangesNothing()
    {
        await using var slice = await Slice.OpenAsync(app, chromium, "Michael Brown");
        var (advisor, phone) = (slice.Advisor, slice.Phone);
        var receivedBefore = await phone.Received.CountAsync();

        await phone.TextAsync("I'll stop by at 3");

        await Expect(advisor.Message("I'll stop by at 3")).ToBeVisibleAsync();
        await Expect(advisor.Message("I'll stop by at 3")).ToHaveAttributeAsync("data-flag", "");
        await Expect(advisor.Frame).ToHaveAttributeAsync("data-frame", "neutral");
        await Expect(advisor.SendButton).ToBeEnabledAsync();
        await Expect(phone.Received).ToHaveCountAsync(receivedBefore);
    }

    [Fact]
    public async Task AReviewBandMessagePausesSendingWithAnAmberFrameAndWaitsInTheManagersReviewQueue()
    {
        await using var slice = await Slice.OpenAsync(app, chromium, "Sarah Miller");
        var (advisor, phone) = (slice.Advisor, slice.Phone);
        var text = ReviewBand.Text;

        await phone.TextAsync(text);

        await Expect(advisor.Frame).ToHaveAttributeAsync("data-frame", "review");
        await Expect(advisor.Warning).ToContainTextAsync("Possible opt-out under review");
        await Expect(advisor.Message(text)).ToHaveAttributeAsync("data-flag", "flag-review");
        await Expect(advisor.SendButton).ToBeDisabledAsync();
        await advisor.TypeAndPressEnterAsync("But we have a great offer");
        await Expect(advisor.SendRefused).ToContainTextAsync("Paused for review");

        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/review");
        var flagged = manager.Page.GetByTestId("review-item").Filter(new() { HasText = "Sarah Miller" });
        await Expect(flagged).ToContainTextAsync(text);
        await Expect(flagged).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"The wording looks like a request to stop texts \(\d+% sure\)"));
    }
}
