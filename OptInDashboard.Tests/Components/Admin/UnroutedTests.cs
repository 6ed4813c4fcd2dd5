using Bunit;
using MudBlazor;
using OptInDashboard.Accounts;
using OptInDashboard.Components.Pages.Admin;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Components.Admin;

/// <summary>Texts for numbers that are none of our lines, as a group admin reads them (the grid loads after the first render).</summary>
public sealed class UnroutedTests : SeededAppContext
{
    [Fact]
    public async Task AGroupAdminSeesTextsThatReachedNoLineWithTheDealershipsTime()
    {
        await App.Get<InboundPipeline>().AcceptAsync(new InboundSms(Guid.NewGuid().ToString(), "+15555550150", "+15555559876", "Is this the parts desk?"));
        SignInAs(Staff.GroupAdmin);
        Render<MudPopoverProvider>();

        var page = Render<Unrouted>();

        var row = page.WaitForElement("[data-testid=unrouted] tbody tr");
        Assert.Contains("Is this the parts desk?", row.TextContent);
        Assert.Contains("+15555559876", row.TextContent);
        Assert.DoesNotContain("UTC", page.Markup);
        Assert.Matches(@"[A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d{2} [AP]M", row.QuerySelector("td")!.TextContent);
    }
}
