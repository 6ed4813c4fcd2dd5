using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Accounts;
using OptInDashboard.Components.Pages.Admin;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Components.Admin;

/// <summary>The settings page says which opt-out rule applies and from when, with the clock before and after the revoke-all date.</summary>
public abstract class RevokeAllSettingsTests(DateTimeOffset now) : SeededAppContext(new ConfiguredTestApp(
    new Dictionary<string, string?> { ["Consent:RevokeAllFrom"] = "2027-01-31", ["Messaging:DispatchInBackground"] = "false" },
    services => services.AddSingleton<TimeProvider>(new ShiftedClock(now))))
{
    protected IRenderedComponent<Settings> RenderAsAdmin()
    {
        SignInAs("admin@demo.local", Roles.Admin);
        var page = Render<Settings>();
        page.WaitForElement("[data-testid=save-settings]");
        return page;
    }
}

public sealed class SettingsBeforeRevokeAllTests() : RevokeAllSettingsTests(new DateTimeOffset(2027, 1, 30, 23, 0, 0, TimeSpan.Zero))
{
    [Fact]
    public void BeforeTheDateTheSettingsSayWhenRevokeAllStartsAndTheScopeChoiceApplies()
    {
        var page = RenderAsAdmin();

        Assert.Equal("From January 31, 2027, the FCC's revoke-all rule (47 CFR 64.1200(a)(10)) applies: a customer's opt-out on any line will stop every line of the dealership. Until then, the choice below applies.",
            page.Find("[data-testid=revoke-all]").TextContent.Trim());
        Assert.All(page.FindAll("[data-testid=opt-out-scope] input[type=radio]"), radio => Assert.False(radio.HasAttribute("disabled")));
    }
}

public sealed class SettingsFromRevokeAllTests() : RevokeAllSettingsTests(new DateTimeOffset(2027, 1, 31, 0, 0, 0, TimeSpan.Zero))
{
    [Fact]
    public void FromTheDateTheSettingsSayEveryOptOutStopsEveryLineAndTheScopeChoiceIsDisabled()
    {
        var page = RenderAsAdmin();

        Assert.Equal("Since January 31, 2027, the FCC's revoke-all rule (47 CFR 64.1200(a)(10)) applies: a customer's opt-out on any line stops every line of the dealership, whatever is chosen below.",
            page.Find("[data-testid=revoke-all]").TextContent.Trim());
        Assert.All(page.FindAll("[data-testid=opt-out-scope] input[type=radio]"), radio => Assert.True(radio.HasAttribute("disabled")));
    }
}
