using OptInDashboard.Tests.Infrastructure;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>/threads as an advisor's working day needs it: accessible, usable on a phone, and from the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThreadsPageTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    private async Task<(int ContactId, int ServiceId)> IdsAsync(string name)
    {
        await using var db = app.CreateDbContext();
        var contactId = await db.RiversideContacts().Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
        var serviceId = await db.RiversideLines().Where(l => l.Name == "Service").Select(l => l.Id).SingleAsync();
        return (contactId, serviceId);
    }

    [Theory]
    [InlineData("Olivia Turner")]  // nothing recorded
    [InlineData("Dana Whitfield")] // opted out of Service in the demo data
    public async Task AnOpenThreadHasNoCriticalOrSeriousAccessibilityViolations(string name)
    {
        var (contactId, serviceId) = await IdsAsync(name);
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads/{contactId}?line={serviceId}", 1366, 768);
        await Expect(new AdvisorScreen(advisor.Page).Frame.Locator("h2")).ToHaveTextAsync(name);

        Assert.Empty(await Accessibility.SeriousViolationsAsync(advisor.Page));
    }

    [Fact]
    public async Task TheMoreActionsMenuAndItsConfirmationHaveNoCriticalOrSeriousAccessibilityViolations()
    {
        var (contactId, serviceId) = await IdsAsync("Olivia Turner");
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads/{contactId}?line={serviceId}", 1366, 768);
        var page = advisor.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "More actions" }).ClickAsync();
        await page.GetByTestId("record-opt-out").ClickAsync();
        await Expect(page.GetByTestId("reason-dialog")).ToBeVisibleAsync();

        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task OnAPhoneTheListOpensAThreadWithTheComposerInViewAndBackReturnsToTheList()
    {
        var (_, serviceId) = await IdsAsync("Sarah Miller");
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads?line={serviceId}", 390, 844);
        var page = advisor.Page;
        var screen = new AdvisorScreen(page);
        var sarah = page.GetByTestId("thread-item").Filter(new() { HasText = "Sarah Miller" });
        await Expect(screen.Frame).ToHaveCountAsync(0);

        await sarah.ClickAsync();
        await Expect(screen.Frame.Locator("h2")).ToHaveTextAsync("Sarah Miller");
        await Expect(page.GetByTestId("thread-list")).ToBeHiddenAsync();
        // In view as the thread opens: no scrolling to reach the message box or the send button.
        await Expect(screen.Composer).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(screen.SendButton).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.scrollY"));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to threads" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/threads\\?line={serviceId}$"));
        await Expect(sarah).ToBeVisibleAsync();
        await Expect(screen.Frame).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);
    }

    [Fact]
    public async Task AtDesktopWidthTheListAndTheThreadShowSideBySide()
    {
        var (contactId, serviceId) = await IdsAsync("Sarah Miller");
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads/{contactId}?line={serviceId}", 1366, 768);
        var page = advisor.Page;

        await Expect(page.GetByTestId("thread-list")).ToBeVisibleAsync();
        await Expect(new AdvisorScreen(page).Frame).ToBeVisibleAsync();
        await Expect(page.GetByTestId("back-to-list")).ToBeHiddenAsync();
        await Expect(new AdvisorScreen(page).SendButton).ToBeInViewportAsync(new() { Ratio = 1 });
    }

    [Fact]
    public async Task ArrowKeysMoveThroughTheListEnterOpensAThreadAndFocusLandsInTheMessageBox()
    {
        var (_, serviceId) = await IdsAsync("Maria Gonzalez");
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads?line={serviceId}", 1366, 768);
        var page = advisor.Page;
        var items = page.GetByTestId("thread-item");
        await Expect(items.Nth(3)).ToBeVisibleAsync();
        var names = await items.Locator(".name").AllInnerTextsAsync();

        await items.First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(items.Nth(1)).ToBeFocusedAsync();
        await Expect(items.Nth(1)).ToHaveAttributeAsync("tabindex", "0");
        await Expect(items.First).ToHaveAttributeAsync("tabindex", "-1");
        await page.Keyboard.PressAsync("Enter");

        var screen = new AdvisorScreen(page);
        await Expect(screen.Frame.Locator("h2")).ToHaveTextAsync(names[1]);
        await Expect(screen.Composer).ToBeFocusedAsync();

        await items.Filter(new() { HasText = names[1] }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync(" ");
        await Expect(screen.Frame.Locator("h2")).ToHaveTextAsync(names[2]);
        await Expect(screen.Composer).ToBeFocusedAsync();
    }

    [Fact]
    public async Task TheDisabledSendButtonSaysWhyAndTheMessageBoxPointsToTheWarning()
    {
        var (contactId, serviceId) = await IdsAsync("Dana Whitfield");
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads/{contactId}?line={serviceId}", 1366, 768);
        var page = advisor.Page;

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send (disabled: the customer opted out of this line)" })).ToBeDisabledAsync();
        var describedBy = (await new AdvisorScreen(page).Composer.GetAttributeAsync("aria-describedby"))!.Split(' ');
        await Expect(page.Locator($"#{describedBy[0]}")).ToContainTextAsync("opted out of texts from Service");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("UTC");
        await Expect(page.GetByTestId("thread-item").Filter(new() { HasText = "Dana Whitfield" }).GetByTestId("thread-age")).ToHaveTextAsync(new Regex(@"ago$|^yesterday$|^just now$|^[A-Z][a-z]{2} \d"));
    }
}
