using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class RoleAccessTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    private static readonly string[] ManagerPages = ["/reports/snapshot", "/reports/group-snapshot", "/reports/ledger", "/reports/review"];
    private static readonly string[] AdminPages = ["/admin/responders", "/admin/groups", "/admin/failed", "/admin/intent-model"];

    [Fact]
    public async Task AnAdvisorSeesNoReportOrAdminLinksAndIsSentToDeniedFromThosePages()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/threads");
        var nav = advisor.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Contacts" })).ToBeVisibleAsync();
        foreach (var name in new[] { "Snapshot", "Ledger", "Review queue", "Keywords", "Groups", "Failed sends" })
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToHaveCountAsync(0);

        foreach (var path in ManagerPages.Concat(AdminPages))
        {
            await advisor.Page.GotoAsync(path);
            await Expect(advisor.Page).ToHaveURLAsync(new Regex("/account/denied"));
            await Expect(advisor.Page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task AManagerSeesTheReportsButNotTheAdminPages()
    {
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/snapshot");
        var nav = manager.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Ledger" })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Keywords" })).ToHaveCountAsync(0);

        await manager.Page.GotoAsync(AdminPages[0]);
        await Expect(manager.Page).ToHaveURLAsync(new Regex("/account/denied"));
    }
}
