using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// The contacts, admin, simulator and account pages: no critical or serious axe violation on the whole
/// document at desktop size, and no sideways scrolling of the page on a 390 px phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminAreaPagesTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    public static TheoryData<string, string, string> StaffPages => new()
    {
        { "/contacts", SignIn.AdvisorEmail, "[data-testid=view-consent]" },
        { "/admin/responders", SignIn.AdminEmail, "[data-testid=delete-keyword]" },
        { "/admin/groups", SignIn.AdminEmail, "[data-testid=groups-grid] tbody tr" },
        { "/admin/failed", SignIn.AdminEmail, "[data-testid=failed-grid] tbody tr" },
        { "/admin/settings", SignIn.AdminEmail, "[data-testid=save-settings]" },
        { "/admin/staff", SignIn.AdminEmail, "[data-testid=staff-grid] tbody tr" },
        { "/admin/unrouted", SignIn.GroupAdminEmail, "[data-testid=unrouted] tbody tr" },
        { "/admin/intent-model", SignIn.AdminEmail, "[data-testid=model-figures] tbody tr" },
        { "/simulator", SignIn.AdvisorEmail, "[data-testid=sim-phone]" },
    };

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Accessibility.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static async Task<int> PageWidthAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    private static async Task AssertFitsAPhoneAsync(IPage page)
    {
        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForTimeoutAsync(300); // MudBlazor's breakpoint service re-renders after the resize
        Assert.True(await PageWidthAsync(page) <= 390, $"the page scrolls sideways at 390 px: {await PageWidthAsync(page)} px wide");
    }

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task AStaffPageHasNoSeriousAccessibilityViolationsAndFitsAPhone(string path, string email, string loaded)
    {
        await using var staff = await StaffPage.OpenAsync(app, chromium, email, path, width: 1366, height: 768);
        await Expect(staff.Page.Locator(loaded).First).ToBeVisibleAsync();

        await AssertAccessibleAsync(staff.Page);
        await AssertFitsAPhoneAsync(staff.Page);
    }

    [Theory]
    [InlineData("/contacts", SignIn.AdvisorEmail)]
    [InlineData("/admin/failed", SignIn.AdminEmail)]
    [InlineData("/admin/unrouted", SignIn.GroupAdminEmail)]
    public async Task AGridsSearchBoxIsSizedForANameOrANumber_NotTheWholePage(string path, string email)
    {
        await using var staff = await StaffPage.OpenAsync(app, chromium, email, path);
        var search = staff.Page.Locator(".grid-search").First;
        await Expect(search).ToBeVisibleAsync();

        Assert.InRange((await search.BoundingBoxAsync())!.Width, 200, 420);
    }

    [Fact]
    public async Task AContactsConsentDialogHasNoSeriousAccessibilityViolationsAndFitsAPhone()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/contacts", width: 1366, height: 768);
        var page = advisor.Page;
        await page.GetByTestId("view-consent").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog).GetByTestId("contact-panel")).ToBeVisibleAsync();

        await AssertAccessibleAsync(page);
        await page.GetByTestId("staff-actions").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByTestId("record-opt-out").First).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GetByTestId("record-opt-out").First.ClickAsync();
        await Expect(page.GetByTestId("reason-dialog")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await AssertFitsAPhoneAsync(page);
    }

    [Fact]
    public async Task TheSignInPageHasNoSeriousAccessibilityViolationsFitsAPhoneAndNamesTheDemoUsers()
    {
        var page = await chromium.NewPageAsync(app.BaseUrl);
        try
        {
            await page.SetViewportSizeAsync(1366, 768);
            await page.GotoAsync("/account/login");
            await Expect(page.GetByLabel("Email")).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Password")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("demo-users")).ToContainTextAsync("admin@demo.local");

            await AssertAccessibleAsync(page);
            await SignIn.WithPasswordAsync(page, SignIn.AdvisorEmail, "not-the-password");
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await AssertAccessibleAsync(page);
            await AssertFitsAPhoneAsync(page);
        }
        finally
        {
            await page.Context.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheDeniedPageHasNoSeriousAccessibilityViolationsAndFitsAPhone()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/threads", width: 1366, height: 768);
        await advisor.Page.GotoAsync("/admin/settings");
        await Expect(advisor.Page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();

        await AssertAccessibleAsync(advisor.Page);
        await AssertFitsAPhoneAsync(advisor.Page);
    }
}
