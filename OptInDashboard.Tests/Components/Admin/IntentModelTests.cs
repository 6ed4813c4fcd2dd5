using Bunit;
using OptInDashboard.Accounts;
using OptInDashboard.Components.Pages.Admin;
using OptInDashboard.Consent;
using OptInDashboard.Intent;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Components.Admin;

/// <summary>The Admin's view of the intent model: which one is active, how it did, and the decisions waiting to teach it.</summary>
public sealed class IntentModelTests : SeededAppContext
{
    [Fact]
    public void AnAdminSeesTheActiveModelsVersionTrainingDateAndFiguresPerLanguage()
    {
        SignInAs("admin@demo.local", Roles.Admin);

        var page = Render<IntentModel>();

        Assert.Equal(App.Get<IIntentClassifier>().ModelVersion, page.Find("[data-testid=model-version]").TextContent);
        page.WaitForAssertion(() => Assert.Matches(@"[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M", page.Find("[data-testid=model-trained]").TextContent));
        var figures = page.Find("[data-testid=model-figures]").TextContent;
        Assert.Contains("Vietnamese", figures);
        Assert.Contains("Chinese (traditional)", figures);
        Assert.DoesNotContain("zh-Hant", figures);
    }

    [Fact]
    public async Task EachReviewDecisionSinceTrainingIsCountedAsWaiting()
    {
        var maria = new ThreadDriver(App, "+15555550111");
        await maria.CustomerTexts(ReviewBand.Text);
        var (contactId, lineId) = await maria.Ids();
        await App.Get<StaffConsentActions>().DecideReviewAsync(Staff.Manager, contactId, lineId, confirmOptOut: true, "Wants out");
        SignInAs("admin@demo.local", Roles.Admin);

        var page = Render<IntentModel>();

        page.WaitForAssertion(() => Assert.Contains("1 decision since this model was trained waits", page.Find("[data-testid=waiting-count]").TextContent));
    }
}
