using System.Text.RegularExpressions;
using Bunit;
using OptInDashboard.Components.Pages.Admin;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Components.Admin;

/// <summary>The Admin's staff page: who works at the dealership, adding staff, and the record of Admins' changes.</summary>
public sealed partial class StaffPageTests : SeededAppContext
{
    private IRenderedComponent<StaffList> RenderAsAdmin()
    {
        SignInAs(Staff.Admin);
        RenderProviders();
        var page = Render<StaffList>();
        page.WaitForElement("[data-testid=staff-grid] tbody tr");
        return page;
    }

    private static void Add(IRenderedComponent<StaffList> page, string email)
    {
        page.Find("[data-testid=staff-email] input, input[data-testid=staff-email]").Change(email);
        page.Find("form").Submit();
    }

    [Fact]
    public void AnAdminAddsStaffAndIsShownTheirPasswordOnceAndTheChangeInTheRecord()
    {
        var page = RenderAsAdmin();

        Add(page, "new.advisor@demo.local");

        page.WaitForAssertion(() => Assert.Contains("new.advisor@demo.local", page.Find("[data-testid=staff-password]").TextContent));
        Assert.Matches(GeneratedPasswordShape(), page.Find("[data-testid=staff-password] code").TextContent);
        Assert.Contains(page.FindAll("[data-testid=staff-grid] tbody tr"), row => row.TextContent.Contains("new.advisor@demo.local"));
        var record = page.Find("[data-testid=admin-changes] tbody tr");
        Assert.Contains("admin@demo.local", record.TextContent);
        Assert.Contains("Created the sign-in new.advisor@demo.local as Advisor", record.TextContent);
    }

    [Fact]
    public void ARefusedAdditionIsShownInItsOwnWordsAndAddsNobody()
    {
        var page = RenderAsAdmin();
        var before = page.FindAll("[data-testid=staff-grid] tbody tr").Count;

        Add(page, "advisor@demo.local");

        page.WaitForAssertion(() => Assert.StartsWith("advisor@demo.local already works here", page.Find("[data-testid=staff-error]").TextContent));
        Assert.Equal(before, page.FindAll("[data-testid=staff-grid] tbody tr").Count);
        Assert.Empty(page.FindAll("[data-testid=staff-password]"));
    }

    [Fact]
    public void TheAdminsOwnRowOffersNoChangesAndOnlyThisDealershipsStaffAreListed()
    {
        var page = RenderAsAdmin();

        var rows = page.FindAll("[data-testid=staff-grid] tbody tr");

        Assert.Equal(["admin@demo.local", "advisor@demo.local", "groupadmin@demo.local", "manager@demo.local"], rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        Assert.Empty(rows[0].QuerySelectorAll("button"));
        Assert.Contains("Group admin", rows[2].TextContent);
        Assert.Contains(rows[1].QuerySelectorAll("button"), b => b.GetAttribute("aria-label") == "Deactivate advisor@demo.local");
    }

    [GeneratedRegex("^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$")]
    private static partial Regex GeneratedPasswordShape();
}
