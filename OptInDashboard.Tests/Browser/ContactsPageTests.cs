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
        await Expect(dialog.GetByRole(AriaRole.Button, new() { NameRegex = new("opt(s)? ?in", System.Text.RegularExpressions.RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
        await ReadmeScreenshot.SaveAsync(advisor.Page.Locator(".mud-dialog"), "consent-modal.png");
        await dialog.GetByTestId("staff-actions").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(advisor.Page.GetByTestId("record-opt-out")).ToHaveCountAsync(1); // Marketing only: Service is already opted out
        await Expect(advisor.Page.GetByTestId("block")).ToHaveCountAsync(0);
        await Expect(advisor.Page.GetByRole(AriaRole.Menuitem, new() { NameRegex = new("opt(s)? ?in", System.Text.RegularExpressions.RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
    }

    /// <summary>Picks a staff action from the panel's menu; it asks for a note in a confirmation dialog.</summary>
    private static async Task<ILocator> ChooseStaffActionAsync(IPage page, ILocator dialog, string testId, string? line = null)
    {
        await dialog.GetByTestId("staff-actions").GetByRole(AriaRole.Button).ClickAsync();
        var item = page.Locator(line is null ? $"[data-testid={testId}]" : $"[data-testid={testId}][data-line='{line}']");
        await item.ClickAsync();
        var confirm = page.GetByTestId("reason-dialog");
        await Expect(confirm).ToBeVisibleAsync();
        return confirm;
    }

    [Fact]
    public async Task AVerbalOptOutNeedsANoteAndThenShowsOnItsLine()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/contacts");
        var page = advisor.Page;
        var dialog = await OpenConsentDialogAsync(page, "Robert King");

        var confirm = await ChooseStaffActionAsync(page, dialog, "record-opt-out", "Marketing");
        await confirm.GetByTestId("reason-confirm").ClickAsync();
        await Expect(confirm.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Note is required.");
        await Expect(LineStatus(dialog, "Marketing")).ToContainTextAsync("Not Defined");

        await confirm.GetByLabel("Note").FillAsync("Asked at the service desk for no more marketing texts");
        await confirm.GetByTestId("reason-confirm").ClickAsync();

        await Expect(LineStatus(dialog, "Marketing")).ToHaveAttributeAsync("data-status", nameof(ConsentStatus.OptedOut));
        await Expect(LineStatus(dialog, "Service")).ToContainTextAsync("Not Defined");
        await Expect(dialog.GetByTestId("action-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AManagerBlocksAndUnblocksWithANote()
    {
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/contacts");
        var page = manager.Page;
        var dialog = await OpenConsentDialogAsync(page, "Linda Park");

        var confirm = await ChooseStaffActionAsync(page, dialog, "block");
        await confirm.GetByLabel("Note").FillAsync("Abusive replies to advisors");
        await confirm.GetByTestId("reason-confirm").ClickAsync();
        await Expect(dialog.GetByTestId("blocked-flag")).ToBeVisibleAsync();

        confirm = await ChooseStaffActionAsync(page, dialog, "unblock");
        await confirm.GetByLabel("Note").FillAsync("Apologised; manager agreed to resume");
        await confirm.GetByTestId("reason-confirm").ClickAsync();
        await Expect(dialog.GetByTestId("blocked-flag")).ToHaveCountAsync(0);
    }
}
