using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OptInDashboard.Accounts;
using OptInDashboard.Components.Layout;
using OptInDashboard.Messaging;

namespace OptInDashboard.Tests.Components;

public sealed class MainLayoutTests : ComponentTestContext
{
    /// <summary>The switcher and the group snapshot's link read the staff member's dealerships from the database: DealershipSwitcherTests has them.</summary>
    public MainLayoutTests()
    {
        ComponentFactories.AddStub<DealershipSwitcher>();
        ComponentFactories.AddStub<GroupSnapshotLink>();
    }

    private static readonly string[] Everyone = ["Threads", "Contacts"];
    private static readonly string[] ManagersAndAdmins = ["Snapshot", "Ledger", "Review queue"];
    private static readonly string[] AdminsOnly = ["Keywords", "Groups", "Failed sends", "Settings", "Staff", "Intent model"];

    private IReadOnlyList<string> NavLinksFor(string role, string provider = MessagingOptions.Simulator, params string[] moreRoles)
    {
        Services.AddSingleton(Options.Create(new MessagingOptions { Provider = provider }));
        SignInAs($"{role.ToLowerInvariant()}@demo.local", [role, .. moreRoles]);
        var layout = Render<MainLayout>(ps => ps.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        return layout.FindAll("nav[aria-label=Main] a").Select(a => a.TextContent.Trim()).ToList();
    }

    [Fact]
    public void AnAdvisorSeesOnlyTheThreadsContactsAndSimulatorLinks() =>
        Assert.Equal([.. Everyone, "Simulator"], NavLinksFor(Roles.Advisor));

    [Fact]
    public void AManagerAlsoSeesTheReports() =>
        Assert.Equal([.. Everyone, .. ManagersAndAdmins, "Simulator"], NavLinksFor(Roles.Manager));

    [Fact]
    public void AnAdminSeesEveryLinkOfTheirDealership() =>
        Assert.Equal([.. Everyone, .. ManagersAndAdmins, .. AdminsOnly, "Simulator"], NavLinksFor(Roles.Admin));

    /// <summary>A text that reached no line belongs to no dealership yet: only the group's admins may read it.</summary>
    [Fact]
    public void OnlyAGroupAdminSeesTheUnroutedTexts() =>
        Assert.Equal([.. Everyone, .. ManagersAndAdmins, .. AdminsOnly, "Simulator", "Unrouted"], NavLinksFor(Roles.Admin, MessagingOptions.Simulator, Roles.GroupAdmin));

    [Fact]
    public void WithARealProviderThereIsNoSimulatorLink() =>
        Assert.DoesNotContain("Simulator", NavLinksFor(Roles.Admin, provider: "Vonage"));

    [Fact]
    public void TheSkipLinkComesFirstAndPointsAtMain()
    {
        Services.AddSingleton(Options.Create(new MessagingOptions()));
        SignInAs("advisor@demo.local", Roles.Advisor);
        var layout = Render<MainLayout>(ps => ps.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));

        var first = layout.Find("a, button");
        Assert.Equal("Skip to main content", first.TextContent.Trim());
        Assert.Equal("#main", first.GetAttribute("href"));
        Assert.Equal("page", layout.Find("main#main").TextContent.Trim());
    }

    [Fact]
    public void TheSignedInNameAndASignOutPostAreInTheAppBar()
    {
        Services.AddSingleton(Options.Create(new MessagingOptions()));
        SignInAs("advisor@demo.local", Roles.Advisor);
        var layout = Render<MainLayout>(ps => ps.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));

        var appBar = layout.Find("header.mud-appbar");
        Assert.Contains("advisor@demo.local", appBar.TextContent);
        var form = appBar.QuerySelector("form[action='account/logout']")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("Sign out", form.QuerySelector("button[type=submit]")!.TextContent.Trim());
    }
}
