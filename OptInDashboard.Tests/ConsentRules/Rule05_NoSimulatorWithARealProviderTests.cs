using Microsoft.Playwright;
using OptInDashboard.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>
/// Rule 5 with a real provider: no staff member can reach a simulated phone, neither by its address nor by
/// navigating inside an open dashboard, where Blazor's own router (not the server) picks the page.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Runs", "InChromium")] // a page journey: the test script leaves it out of its PostgreSQL run
public sealed class Rule05_NoSimulatorWithARealProviderTests(VonageLiveApp app, Chromium chromium) : IClassFixture<VonageLiveApp>
{
    [Fact]
    public async Task WithARealProviderNoStaffMemberCanOpenTheSimulator()
    {
        await using var admin = await StaffPage.OpenAsync(app, chromium, SignIn.AdminEmail, "/threads");
        var page = admin.Page;
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Threads" })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Simulator" })).ToHaveCountAsync(0);

        await page.EvaluateAsync("() => Blazor.navigateTo('/simulator')");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/simulator");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sim-composer")).ToHaveCountAsync(0);

        var direct = await page.GotoAsync("/simulator");
        Assert.Equal(404, direct!.Status);
        await Expect(page.GetByTestId("sim-composer")).ToHaveCountAsync(0);
    }
}
