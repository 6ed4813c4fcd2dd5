using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OptInDashboard.Accounts;
using OptInDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// An Admin deactivates an advisor who has the threads open: the advisor's open page is signed out at its next
/// check (every minute in the app, every 2 seconds here) and cannot sign in again.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeactivationTests(QuickRevalidationLiveApp app, Chromium chromium) : IClassFixture<QuickRevalidationLiveApp>
{
    [Fact]
    public async Task DeactivatingAStaffMemberSignsOutTheirOpenPageAtItsNextCheck()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/threads");
        await Expect(advisor.Page.GetByTestId("thread-item").First).ToBeVisibleAsync();
        await using var admin = await StaffPage.OpenAsync(app, chromium, SignIn.AdminEmail, "/admin/staff");

        await admin.Page.GetByRole(AriaRole.Button, new() { Name = $"Deactivate {SignIn.AdvisorEmail}" }).ClickAsync();
        await admin.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = SignIn.AdvisorEmail }).GetByTestId("staff-status")).ToHaveTextAsync("Deactivated");

        // The advisor touched nothing: the open page itself notices, without a reload.
        await Expect(advisor.Page).ToHaveURLAsync(new Regex("/account/login"), new() { Timeout = 15_000 });
        await SignIn.WithPasswordAsync(advisor.Page, SignIn.AdvisorEmail, TestApp.DemoPassword);
        await Expect(advisor.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(StaffSignIn.Refused);
    }
}
