using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OptInDashboard.Consent;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>The header's dealership switcher and the group's snapshot, as a group admin who works across the group's dealerships uses them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DealershipSwitcherTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task AGroupAdminSwitchesDealershipAndSeesOnlyThatDealershipsThreads()
    {
        await using var groupAdmin = await StaffPage.OpenAsync(app, chromium, SignIn.GroupAdminEmail, "/threads");
        var page = groupAdmin.Page;
        var threads = page.GetByTestId("thread-item");
        // The first of the group's dealerships by name until they choose.
        await Expect(threads.Filter(new() { HasText = "Grace Kim" })).ToHaveCountAsync(1);
        await Expect(threads.Filter(new() { HasText = "Maria Gonzalez" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Dealership: Lakeside Motors. Switch dealership" }).ClickAsync();
        await page.GetByTestId("switch-dealership").Filter(new() { HasText = "Riverside Motors" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/threads$"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dealership: Riverside Motors. Switch dealership" })).ToBeVisibleAsync();
        await Expect(threads.Filter(new() { HasText = "Maria Gonzalez" })).ToHaveCountAsync(1);
        await Expect(threads.Filter(new() { HasText = "Grace Kim" })).ToHaveCountAsync(0);

        await page.ReloadAsync(); // the choice outlives the page
        await Expect(threads.Filter(new() { HasText = "Maria Gonzalez" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task StaffOfOneDealershipSeeItsNameAndNoSwitcher()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/threads");
        await Expect(advisor.Page.GetByTestId("dealership-name")).ToHaveTextAsync("Riverside Motors");
        await Expect(advisor.Page.GetByTestId("dealership-switcher")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AStaffMemberCannotSwitchIntoADealershipTheyDoNotWorkFor()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/threads");
        var page = advisor.Page;
        var token = await page.EvaluateAsync<string?>("() => document.querySelector('input[name=__RequestVerificationToken]')?.value");
        Assert.NotNull(token); // the sign-out form's: a forged switch passes antiforgery and meets the dealership check
        var response = await page.APIRequest.PostAsync("/account/dealership", new()
        {
            Form = page.APIRequest.CreateFormData().Set("dealership", "2").Set("returnUrl", "/threads").Set("__RequestVerificationToken", token),
            MaxRedirects = 0,
        });
        Assert.Contains("/account/denied", response.Headers["location"]);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("dealership-name")).ToHaveTextAsync("Riverside Motors");
    }

    [Fact]
    public async Task AGroupAdminOpensTheGroupSnapshotFromTheMenuAndSeesEveryLineOfBothDealerships()
    {
        int optedOut;
        await using (var db = app.CreateDbContext())
        {
            optedOut = await db.ConsentRecords.CountAsync(r => r.Status == ConsentStatus.OptedOut);
        }
        await using var groupAdmin = await StaffPage.OpenAsync(app, chromium, SignIn.GroupAdminEmail, "/threads", height: 900);
        var page = groupAdmin.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Group snapshot" }).ClickAsync();

        var rows = page.GetByTestId("group-snapshot-lines").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(4);
        Assert.Equal(["Lakeside Motors", "Riverside Motors"], (await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.dealership)")).Distinct());
        await Expect(page.GetByTestId("group-snapshot-total").Locator("td").Nth(1)).ToHaveTextAsync(optedOut.ToString());
        await Expect(page.GetByTestId("snapshot-days-table").GetByRole(AriaRole.Row)).ToHaveCountAsync(15); // a header and 14 days
    }

    [Fact]
    public async Task AManagerOfOneDealershipHasNoGroupSnapshotLinkAndTheirGroupSnapshotHoldsOnlyTheirDealership()
    {
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/group-snapshot");
        var page = manager.Page;

        var rows = page.GetByTestId("group-snapshot-lines").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        Assert.Equal(["Riverside Motors"], (await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.dealership)")).Distinct());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Group snapshot" })).ToHaveCountAsync(0);
    }
}
