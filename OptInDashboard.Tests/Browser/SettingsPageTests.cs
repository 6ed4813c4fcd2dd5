using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SettingsPageTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task AnAdminMakesOptOutsAccountWideAndMarksALineWhoseCarrierConfirmsStop()
    {
        await using var admin = await StaffPage.OpenAsync(app, chromium, SignIn.AdminEmail, "/admin/settings", height: 900);
        var page = admin.Page;

        await page.GetByTestId("opt-out-scope").GetByText("Every line of the dealership").ClickAsync();
        await page.GetByTestId("carrier-confirms-Marketing").ClickAsync();
        await page.GetByTestId("save-settings").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved");

        await using var db = app.CreateDbContext();
        var account = await db.RiversideAsync();
        Assert.Equal((ConsentScope.Account, ConsentScope.Line), (account.OptOutScope, account.OptInScope));
        var lakeside = await db.Accounts.SingleAsync(a => a.Id == Staff.Lakeside);
        Assert.Equal(ConsentScope.Line, lakeside.OptOutScope); // another dealership's settings are its own
        var carrierConfirmed = await db.Lines.AsNoTracking().Where(l => l.CarrierConfirmsStop).Select(l => l.Name).ToListAsync();
        Assert.Equal(["Marketing"], carrierConfirmed);

        await page.ReloadAsync();
        await Expect(page.GetByTestId("opt-out-scope").GetByRole(AriaRole.Radio, new() { Name = "Every line of the dealership (the FCC's revoke-all rule)" })).ToBeCheckedAsync();
    }

    [Fact]
    public async Task AnAdminMakesTheServiceLineAMarketingLineAndTheChangeIsRecorded()
    {
        await using var admin = await StaffPage.OpenAsync(app, chromium, SignIn.AdminEmail, "/admin/settings", height: 900);
        var page = admin.Page;

        await page.GetByTestId("purpose-Service").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Marketing" }).ClickAsync();
        await page.GetByTestId("save-settings").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved");

        await using var db = app.CreateDbContext();
        var purposes = await db.Lines.AsNoTracking().Where(l => l.AccountId == Staff.Riverside).OrderBy(l => l.Id).Select(l => l.Purpose).ToListAsync();
        Assert.Equal([LinePurpose.Marketing, LinePurpose.Marketing], purposes);
        Assert.Contains(await db.AdminChanges.AsNoTracking().Select(c => c.Summary).ToListAsync(),
            summary => summary.Contains("Service line: marketing (was informational)"));

        // Put back for the other tests on this app.
        await db.Lines.Where(l => l.AccountId == Staff.Riverside && l.Name == "Service").ExecuteUpdateAsync(set => set.SetProperty(l => l.Purpose, LinePurpose.Informational));
    }

    /// <summary>The lines table once scrolled inside its card on a phone, hiding the carrier column off-screen.</summary>
    [Fact]
    public async Task OnAPhoneEveryLinesPurposeAndCarrierChoiceIsOnScreen()
    {
        await using var admin = await StaffPage.OpenAsync(app, chromium, SignIn.AdminEmail, "/admin/settings", width: 390, height: 844);
        var page = admin.Page;
        foreach (var control in new[] { "purpose-Service", "carrier-confirms-Service", "purpose-Marketing", "carrier-confirms-Marketing" })
        {
            var right = await page.GetByTestId(control).EvaluateAsync<double>("c => c.getBoundingClientRect().right");
            Assert.True(right <= 390, $"{control} ends at {right}px, off a 390px screen.");
        }
    }

    [Fact]
    public async Task AManagerCannotChangeTheConsentSettings()
    {
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/threads");
        await manager.Page.GotoAsync("/admin/settings");
        await Expect(manager.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/denied"));
    }
}
