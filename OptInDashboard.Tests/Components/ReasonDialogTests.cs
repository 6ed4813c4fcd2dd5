using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OptInDashboard.Components;

namespace OptInDashboard.Tests.Components;

public sealed class ReasonDialogTests : ComponentTestContext
{
    private async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<string?> Reason)> AskAsync()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?> reason = null!;
        // A block, not an expression: InvokeAsync would otherwise await the answer, which never comes.
        await provider.InvokeAsync(() => { reason = ReasonDialog.AskAsync(dialogs, "Void a staff-recorded opt-out", "Say why.", "Void"); });
        return (provider, reason);
    }

    [Fact]
    public async Task AnEmptyReasonIsRefusedAndTheDialogStaysOpen()
    {
        var (provider, reason) = await AskAsync();

        provider.Find("form").Submit();

        Assert.Equal("Reason is required.", provider.Find("[role=alert]").TextContent.Trim());
        Assert.False(reason.IsCompleted);
    }

    [Fact]
    public async Task TheTypedReasonComesBackTrimmed()
    {
        var (provider, reason) = await AskAsync();

        provider.Find("textarea").Input("  entered on the wrong contact ");
        provider.Find("form").Submit();

        Assert.Equal("entered on the wrong contact", await reason.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task CancelGivesNoReason()
    {
        var (provider, reason) = await AskAsync();

        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        Assert.Null(await reason.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
