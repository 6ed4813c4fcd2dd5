using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class OptOutTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task StopTurnsTheAdvisorsOpenThreadRedWithoutAReload()
    {
        await using var slice = await Slice.OpenAsync(app, chromium, "Maria Gonzalez");
        var advisor = slice.Advisor;
        await Expect(advisor.Frame).Not.ToHaveAttributeAsync("data-frame", "opted-out");

        await slice.Phone.TextAsync("STOP");

        await Expect(advisor.Frame).ToHaveAttributeAsync("data-frame", "opted-out");
        var border = await advisor.BorderColourAsync();
        Assert.True(Colour.Parse(border).IsReddish, $"The thread frame's border is {border}.");
        await Expect(advisor.Warning).ToBeVisibleAsync();
        await Expect(advisor.Warning).ToContainTextAsync("opted out of texts from Service");
        await Expect(advisor.Message("STOP")).ToHaveAttributeAsync("data-flag", "flag-opt-out");
        await Expect(advisor.SendButton).ToBeDisabledAsync();
        await Expect(advisor.LineStatus("Service")).ToHaveAttributeAsync("data-status", "OptedOut");
        await Expect(advisor.LineStatus("Marketing")).ToHaveAttributeAsync("data-status", "NotDefined");
        Assert.False(await advisor.WasReloadedAsync());
        await Expect(slice.Phone.Received.Last).ToHaveTextAsync(CustomerReplies.OptedOut);

        await ReadmeScreenshot.SaveAsync(advisor);
    }

    [Fact]
    public async Task AdvisorTextToAnOptedOutCustomerIsBlockedAndNeverReachesThePhone()
    {
        await using var slice = await Slice.OpenAsync(app, chromium, "James Carter");
        var (advisor, phone) = (slice.Advisor, slice.Phone);
        await slice.CustomerHasOptedOutAsync();
        var receivedBefore = await phone.Received.CountAsync();
        await Expect(advisor.SendButton).ToBeDisabledAsync();

        const string text = "Your brake job is done";
        await advisor.TypeAndPressEnterAsync(text);
        await Expect(advisor.SendRefused).ToContainTextAsync("Opted out on Service");
        await Expect(advisor.Notification).ToContainTextAsync("Not sent");
        await Expect(advisor.Outbound(text)).ToHaveAttributeAsync("data-status", "Blocked");
        await advisor.SendButton.ClickAsync(new() { Force = true });

        await Expect(advisor.Outbound(text)).ToHaveCountAsync(1);
        await Expect(phone.Received).ToHaveCountAsync(receivedBefore);
        await Expect(phone.Received.Last).ToHaveTextAsync(CustomerReplies.OptedOut);
        await using var db = app.CreateDbContext();
        var stored = await db.Messages.Where(m => m.ContactId == slice.ContactId && m.Text.StartsWith(text)).Select(m => m.Status).ToListAsync();
        Assert.Equal([MessageStatus.Blocked], stored);
    }

    [Fact]
    public async Task OptedOutCustomerWhoTextsAgainIsToldHowToOptBackIn()
    {
        await using var slice = await Slice.OpenAsync(app, chromium, "Priya Shah");
        var (advisor, phone) = (slice.Advisor, slice.Phone);
        await slice.CustomerHasOptedOutAsync();

        const string text = "Is my car ready?";
        await phone.TextAsync(text);

        await Expect(phone.Received.Last).ToHaveTextAsync(CustomerReplies.StillOptedOut);
        await Expect(advisor.Message(text)).ToBeVisibleAsync();
        await Expect(advisor.Message(text)).ToHaveAttributeAsync("data-status", "Received");
        await Expect(advisor.Frame).ToHaveAttributeAsync("data-frame", "opted-out");
    }
}
