using Microsoft.Playwright;
using OptInDashboard.Consent;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ContactsPageTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    private static async Task<ILocator> OpenConsentDialogAsync(IPage page, string name)
    {
        var search = page.GetByLabel("Search contacts");
        await search.FillAsync(name);
        await search.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("view-consent")).ToHaveCountAsync(1);
        await page.GetByTestId("view-consent").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByTestId("contact-panel")).ToBeVisibleAsync();
        return dialog;
    }

    private static ILocator LineStatus(ILocator dialog, string line) => dialog.Locator($"[data-testid=line-status][data-line='{line}']");

    [Fact]
    public async Task ViewConsentStatusShowsEveryLineWithNotDefinedWhereThereIsNoRecord()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/contacts");

        var dialog = await OpenConsentDialogAsync(advisor.Page, "Dana Whitfield");

        await Expect(LineStatus(dialog, "Service")).ToHaveAttributeAsync("data-status", nameof(ConsentStatus.OptedOut));
        await Expect(LineStatus(dialog, "Service")).ToContainTextAsync("Opted out");
        await Expect(LineStatus(dialog, "Marketing")).ToContainTextAsync("Not Defined");
        await Expect(dialog.GetByTestId("contact-groups")).ToHaveTextAsync("None");
        await Expect(dialog.GetByTestId("block")).ToHaveCountAsync(0);
        await Expect(dialog.GetByRole(AriaRole.Button, new() { NameRegex = new("opt(s)? ?in", System.Text.RegularExpressions.RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
        await ReadmeScreenshot.SaveAsync(advisor.Page.Locator(".rz-dialog"), "consent-modal.png");
    }

    [Fact]
    public async Task AVerbalOptOutNeedsANoteAndThenShowsOnItsLine()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/contacts");
        var dialog = await OpenConsentDialogAsync(advisor.Page, "Robert King");
        await dialog.GetByLabel("Line for the opt-out").ClickAsync();
        await advisor.Page.GetByRole(AriaRole.Option, new() { Name = "Marketing" }).ClickAsync();

        await dialog.GetByTestId("record-opt-out").ClickAsync();
        await Expect(dialog.GetByTestId("action-error")).ToContainTextAsync("needs a note");
        await Expect(LineStatus(dialog, "Marketing")).ToContainTextAsync("Not Defined");

        await dialog.GetByTestId("staff-note").FillAsync("Asked at the service desk for no more marketing texts");
        await dialog.GetByTestId("record-opt-out").ClickAsync();

        await Expect(LineStatus(dialog, "Marketing")).ToHaveAttributeAsync("data-status", nameof(ConsentStatus.OptedOut));
        await Expect(LineStatus(dialog, "Service")).ToContainTextAsync("Not Defined");
        await Expect(dialog.GetByTestId("action-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AManagerBlocksAndUnblocksWithANote()
    {
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/contacts");
        var dialog = await OpenConsentDialogAsync(manager.Page, "Linda Park");

        await dialog.GetByTestId("block").ClickAsync();
        await Expect(dialog.GetByTestId("action-error")).ToContainTextAsync("needs a note");
        await dialog.GetByTestId("staff-note").FillAsync("Abusive replies to advisors");
        await dialog.GetByTestId("block").ClickAsync();
        await Expect(dialog.GetByTestId("blocked-flag")).ToBeVisibleAsync();

        await dialog.GetByTestId("staff-note").FillAsync("Apologised; manager agreed to resume");
        await dialog.GetByTestId("unblock").ClickAsync();
        await Expect(dialog.GetByTestId("blocked-flag")).ToHaveCountAsync(0);
        await Expect(dialog.GetByTestId("block")).ToBeVisibleAsync();
    }
}
