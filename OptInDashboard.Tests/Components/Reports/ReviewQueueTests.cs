using AngleSharp.Dom;
using Bunit;
using OptInDashboard.Components.Pages.Reports;
using OptInDashboard.Consent;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Components.Reports;

public sealed class ReviewQueueTests : ReportsTestContext
{
    private async Task<(IRenderedComponent<MudBlazor.MudDialogProvider> Dialogs, IRenderedComponent<ReviewQueue> Cut)> RenderQueueAsync()
    {
        await PossibleOptOut.MarkAsync(App, "David Wilson", "Service", 0.71, "won't stop; stop");
        await PossibleOptOut.MarkAsync(App, "Priya Shah", "Service", 0.83, "cancel; cancel my");
        var dialogs = RenderProviders();
        var cut = Render<ReviewQueue>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=review-item]").Count));
        return (dialogs, cut);
    }

    private static IElement? Item(IRenderedComponent<ReviewQueue> cut, string contact) =>
        cut.FindAll("[data-testid=review-item]").SingleOrDefault(i => i.TextContent.Contains(contact));

    [Fact]
    public async Task AnItemShowsTheAdvisorsPrecedingTextTheCustomersAnswerAndAPlainReason()
    {
        var (_, cut) = await RenderQueueAsync();

        var david = Item(cut, "David Wilson")!;
        Assert.StartsWith("“Hi David, your car is ready.", david.QuerySelector("[data-testid=advisor-message]")!.TextContent.Trim());
        Assert.Equal("“My car won't stop squealing when I brake, can you look again?”", david.QuerySelector("[data-testid=customer-message]")!.TextContent.Trim());
        Assert.Equal("The wording looks like a request to stop texts (71% sure).", david.QuerySelector("[data-testid=review-reason]")!.TextContent.Trim());
        Assert.Equal("Words that weighed most: “won't stop”, “stop”.", david.QuerySelector("[data-testid=review-words]")!.TextContent.Trim());
        Assert.DoesNotContain("won't stop; stop", david.TextContent); // the model's raw features stay in the CSV
    }

    [Fact]
    public async Task ConfirmingOptsTheContactOutAndTheItemLeavesTheQueue()
    {
        var (dialogs, cut) = await RenderQueueAsync();

        Item(cut, "Priya Shah")!.QuerySelector("[data-testid=confirm-opt-out]")!.Click();
        GiveReason(dialogs, "Cancelling everything, including texts");

        cut.WaitForAssertion(() => Assert.Null(Item(cut, "Priya Shah")));
        Assert.NotNull(Item(cut, "David Wilson"));
        Assert.Equal(ConsentStatus.OptedOut, await App.ConsentStatusAsync("Priya Shah", "Service"));
    }

    [Fact]
    public async Task DismissingRestoresTheEarlierStatusAndTheItemLeavesTheQueue()
    {
        var (dialogs, cut) = await RenderQueueAsync();

        Item(cut, "David Wilson")!.QuerySelector("[data-testid=not-opt-out]")!.Click();
        GiveReason(dialogs, "About brakes, not texts");

        cut.WaitForAssertion(() => Assert.Null(Item(cut, "David Wilson")));
        Assert.NotNull(Item(cut, "Priya Shah"));
        Assert.Equal(ConsentStatus.NotDefined, await App.ConsentStatusAsync("David Wilson", "Service"));
    }

    [Fact]
    public async Task CancellingTheReasonLeavesTheItemInTheQueue()
    {
        var (dialogs, cut) = await RenderQueueAsync();

        Item(cut, "David Wilson")!.QuerySelector("[data-testid=confirm-opt-out]")!.Click();
        dialogs.WaitForElement("[data-testid=reason-dialog]");
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=reason-dialog]")));
        Assert.NotNull(Item(cut, "David Wilson"));
        Assert.Equal(ConsentStatus.PossibleOptOut, await App.ConsentStatusAsync("David Wilson", "Service"));
    }
}
