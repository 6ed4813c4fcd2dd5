using Bunit;
using Microsoft.AspNetCore.Components;
using OptInDashboard.Components.Pages.Threads;

namespace OptInDashboard.Tests.Components.Threads;

/// <summary>The composer: the footer every text gets is shown before sending, a draft belongs to its thread, an empty text is refused.</summary>
public sealed class ComposerTests : ThreadsComponentContext
{
    private int sendAttempts;

    private IRenderedComponent<Composer> Show(ThreadModel thread) => Render<Composer>(p => Parameters(p, thread));

    private ComponentParameterCollectionBuilder<Composer> Parameters(ComponentParameterCollectionBuilder<Composer> p, ThreadModel thread) => p
        .Add(c => c.Thread, thread)
        .Add(c => c.Lines, [Service])
        .Add(c => c.SelectedLineId, Service.Id)
        .Add(c => c.OnLineChanged, EventCallback.Factory.Create<int>(this, (int _) => { }))
        .Add(c => c.OnSendAttempted, EventCallback.Factory.Create(this, () => sendAttempts++))
        .Add(c => c.Time, Chicago);

    [Fact]
    public void TheFooterEveryTextEndsWithIsPreviewedAndDescribesTheMessageBox()
    {
        var composer = Show(Neutral());

        var footer = composer.Find("[data-testid=footer-preview]");
        Assert.Contains("Text STOP to opt-out", footer.TextContent);
        Assert.Contains(footer.Id!, composer.Find("[data-testid=composer]").GetAttribute("aria-describedby")!.Split(' '));
    }

    [Fact]
    public void ADraftStaysWithItsOwnThreadWhenTheAdvisorSwitchesThreads()
    {
        var (maria, james) = (Neutral(contactId: 11), Neutral(contactId: 12));
        var composer = Show(maria);
        composer.Find("[data-testid=composer]").Input("Hi Maria, your total is $412.");

        composer.Render(p => Parameters(p, james));
        Assert.Equal("", composer.Find("[data-testid=composer]").GetAttribute("value") ?? "");

        composer.Render(p => Parameters(p, maria));
        Assert.Equal("Hi Maria, your total is $412.", composer.Find("[data-testid=composer]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyTextIsRefusedWithAReasonAndNothingIsSent(string typed)
    {
        var composer = Show(Neutral());
        composer.Find("[data-testid=composer]").Input(typed);

        composer.Find("[data-testid=send]").Click();

        Assert.Equal("Type a message before sending.", composer.Find("[data-testid=composer-empty]").TextContent);
        Assert.Contains("composer-empty", composer.Find("[data-testid=composer]").GetAttribute("aria-describedby")!);
        Assert.Equal(0, sendAttempts);
    }
}
