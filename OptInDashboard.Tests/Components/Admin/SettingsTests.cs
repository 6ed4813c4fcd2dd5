using OptInDashboard.Tests.Infrastructure;
using Bunit;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Components.Pages.Admin;

namespace OptInDashboard.Tests.Components.Admin;

public sealed class SettingsTests : SeededAppContext
{
    private IRenderedComponent<Settings> RenderAsAdmin()
    {
        SignInAs("admin@demo.local", Roles.Admin);
        var page = Render<Settings>();
        page.WaitForElement("[data-testid=save-settings]");
        return page;
    }

    private static void TypeZone(IRenderedComponent<Settings> page, string zone)
    {
        var input = page.Find("[data-testid=time-zone] input, input[data-testid=time-zone]");
        input.Input(zone);
        input.Blur();
    }

    /// <summary>Vonage:Dealerships is keyed by dealership id: the Admin can read it where the settings are.</summary>
    [Fact]
    public void TheSettingsNameTheDealershipsIdForItsOwnVonageAccount()
    {
        var page = RenderAsAdmin();

        Assert.Contains($"Riverside Motors is dealership {Staff.Riverside}", page.Find("[data-testid=dealership-id]").TextContent);
        Assert.Contains($"Vonage:Dealerships:{Staff.Riverside}", page.Find("[data-testid=dealership-id]").TextContent);
    }

    [Fact]
    public void TheTimeZoneShowsTheDealershipsZoneWithItsOffset()
    {
        var page = RenderAsAdmin();

        var value = page.Find("[data-testid=time-zone] input, input[data-testid=time-zone]").GetAttribute("value");

        Assert.Matches(@"^America/Chicago \(now UTC-0[56]:00\)$", value);
    }

    [Fact]
    public async Task AnUnknownTimeZoneIsRefusedWithAClearMessageAndNothingIsSaved()
    {
        var page = RenderAsAdmin();

        TypeZone(page, "Mars/Olympus_Mons");
        await page.Find("[data-testid=save-settings]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("\"Mars/Olympus_Mons\" is not a time zone this server knows", page.Find("[data-testid=settings-error]").TextContent));
        await using var db = Db();
        Assert.Equal("America/Chicago", await db.Accounts.Where(a => a.Id == Staff.Riverside).Select(a => a.TimeZone).SingleAsync());
    }

    [Fact]
    public async Task AKnownTimeZoneIsSavedWithTheOtherSettings()
    {
        var page = RenderAsAdmin();

        TypeZone(page, "America/Los_Angeles");
        await page.Find("[data-testid=save-settings]").ClickAsync(new());

        await using var db = Db();
        Assert.Equal("America/Los_Angeles", await db.Accounts.Where(a => a.Id == Staff.Riverside).Select(a => a.TimeZone).SingleAsync());
        Assert.Empty(page.FindAll("[data-testid=settings-error]"));
    }
}
