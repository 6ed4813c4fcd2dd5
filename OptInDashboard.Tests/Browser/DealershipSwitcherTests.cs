using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>The header's dealership switcher, as a group admin who works across the group's dealerships uses it.</summary>
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
}
