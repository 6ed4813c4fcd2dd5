using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using OptInDashboard.Accounts;
using OptInDashboard.Components.Pages.Admin;
using OptInDashboard.Intent;
using OptInDashboard.Intent.Model;
using OptInDashboard.Tests.Infrastructure;
using OptInDashboard.Tests.Intent.Learning;

namespace OptInDashboard.Tests.Components.Admin;

/// <summary>
/// The Admin puts a new intent model in use from the intent model page: chooses a file, reads it beside the model
/// in use, and activates it with a note only when it is no worse.
/// </summary>
public sealed class IntentModelActivationTests : SeededAppContext
{
    public IntentModelActivationTests() : base(new ConfiguredTestApp(new Dictionary<string, string?> { ["Intent:ModelPath"] = CandidateModels.SmallFile })) =>
        SignInAs(Staff.GroupAdmin);

    // Reviewing and activating each score three sets with both models; on a busy two-core CI machine that took over bunit's 15 s.
    private static readonly TimeSpan Comparing = TimeSpan.FromMinutes(1);

    private static void Choose(IRenderedComponent<IntentModel> page, byte[] file, string name) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(file, name, contentType: "application/zip"));

    [Fact]
    public void ACandidateNoWorseIsShownBesideTheModelInUseAndActivatedWithANote()
    {
        var dialogs = RenderProviders();
        var page = Render<IntentModel>();
        var candidate = IntentModelFile.Read(CandidateModels.SmallRetrained, "retrained").Version;

        Choose(page, CandidateModels.SmallRetrained, "retrained.zip");

        page.WaitForAssertion(() => Assert.Contains("No worse than the model in use", page.Find("[data-testid=candidate-verdict]").TextContent), Comparing);
        Assert.Contains(candidate, page.Find("[data-testid=candidate-version]").TextContent);
        Assert.Equal(9, page.FindAll("[data-testid=comparison] [data-testid=comparison-row]").Count); // three sets, three figures each
        page.Find("[data-testid=activate-candidate]").Click();
        GiveReason(dialogs, "Retrained with November's decisions");

        page.WaitForAssertion(() => Assert.Equal(candidate, page.Find("[data-testid=model-version]").TextContent), Comparing);
        Assert.Equal(candidate, App.Get<IIntentClassifier>().ModelVersion);
        Assert.Contains("activated by groupadmin@demo.local", page.Find("[data-testid=model-source]").TextContent);
        var record = Assert.Single(page.FindAll("[data-testid=activation-row]"));
        Assert.Contains("Retrained with November's decisions", record.TextContent);
        Assert.Empty(page.FindAll("[data-testid=candidate-verdict]"));
    }

    [Fact]
    public void AWorseCandidateSaysWhyAndCannotBeActivated()
    {
        var page = Render<IntentModel>();

        Choose(page, CandidateModels.Worse, "worse.zip");

        page.WaitForAssertion(() => Assert.Contains("catches fewer requests to stop", page.Find("[data-testid=candidate-verdict]").TextContent), Comparing);
        Assert.True(page.Find("[data-testid=activate-candidate]").HasAttribute("disabled"));
        Assert.NotEmpty(page.FindAll("[data-testid=comparison-row][data-change=Worse]"));
    }

    [Fact]
    public void AFileThatIsNotAModelIsRefusedInPlainWordsAndNothingChanges()
    {
        var page = Render<IntentModel>();
        var inUse = App.Get<IIntentClassifier>().ModelVersion;

        Choose(page, "not a zip at all"u8.ToArray(), "notes.zip");

        page.WaitForAssertion(() => Assert.StartsWith("The model notes.zip cannot be read", page.Find("[data-testid=candidate-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=activate-candidate]"));
        Assert.Equal(inUse, App.Get<IIntentClassifier>().ModelVersion);
    }

    [Fact]
    public void TheModelInUseIsNotOfferedForActivationAgain()
    {
        var page = Render<IntentModel>();

        Choose(page, CandidateModels.Small, "small.zip");

        page.WaitForAssertion(() => Assert.Equal("This is the model in use.", page.Find("[data-testid=candidate-verdict]").TextContent), Comparing);
        Assert.True(page.Find("[data-testid=activate-candidate]").HasAttribute("disabled"));
    }
}
