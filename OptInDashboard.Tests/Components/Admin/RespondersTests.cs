using OptInDashboard.Tests.Infrastructure;
using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using OptInDashboard.Accounts;
using OptInDashboard.Components.Pages.Admin;
using OptInDashboard.Consent;

namespace OptInDashboard.Tests.Components.Admin;

/// <summary>
/// The responders editor and ResponderAdmin's rule behind it: an account keeps at least one opt-out (this line)
/// and one opt-in keyword, counting line keywords too, so its customers always have a word that works.
/// </summary>
public sealed class RespondersTests : SeededAppContext
{
    /// <summary>Leaves the account only these keywords of the given action.</summary>
    private async Task KeepOnlyAsync(KeywordAction action, params string[] keywords)
    {
        await using var db = Db();
        await db.KeywordResponders.Where(r => r.AccountId == Staff.Riverside && r.Action == action && !keywords.Contains(r.Keyword)).ExecuteDeleteAsync();
    }

    private IRenderedComponent<Responders> RenderAsAdmin()
    {
        SignInAs("admin@demo.local", Roles.Admin);
        Render<MudPopoverProvider>();
        var page = Render<Responders>();
        page.WaitForElement("[data-testid=delete-keyword]");
        return page;
    }

    private static void Delete(IRenderedComponent<Responders> page, string keyword) =>
        page.Find($"[data-testid=delete-keyword][data-keyword='{keyword}']").Click();

    private async Task<bool> ExistsAsync(string keyword)
    {
        await using var db = Db();
        return await db.KeywordResponders.AnyAsync(r => r.AccountId == Staff.Riverside && r.Keyword == keyword);
    }

    [Fact]
    public async Task TheLastOptOutKeywordCannotBeRemovedAndTheReasonIsShown()
    {
        await KeepOnlyAsync(KeywordAction.OptOut, "STOP");
        await KeepOnlyAsync(KeywordAction.OptOutAll); // an every-line keyword is not an opt-out of this line's kind
        var page = RenderAsAdmin();

        Delete(page, "STOP");

        page.WaitForAssertion(() => Assert.Equal("\"STOP\" is the last opt-out keyword: add another before removing it.",
            page.Find("[data-testid=responder-error]").TextContent.Trim()));
        Assert.Single(page.FindAll("[data-testid=delete-keyword][data-keyword=STOP]"));
        Assert.True(await ExistsAsync("STOP"));
    }

    [Fact]
    public async Task TheLastOptInKeywordCannotBeRemovedEither()
    {
        await KeepOnlyAsync(KeywordAction.OptIn, "START");
        await KeepOnlyAsync(KeywordAction.OptOut, "STOP"); // so START is on the grid's first page
        var page = RenderAsAdmin();

        Delete(page, "START");

        page.WaitForAssertion(() => Assert.Equal("\"START\" is the last opt-in keyword: add another before removing it.",
            page.Find("[data-testid=responder-error]").TextContent.Trim()));
        Assert.True(await ExistsAsync("START"));
    }

    [Fact]
    public async Task AnOptOutKeywordWithAnotherOfItsKindLeftIsRemoved()
    {
        await KeepOnlyAsync(KeywordAction.OptOut, "STOP", "QUIT");
        var page = RenderAsAdmin();

        Delete(page, "QUIT");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=delete-keyword][data-keyword=QUIT]")));
        Assert.Empty(page.FindAll("[data-testid=responder-error]"));
        Assert.False(await ExistsAsync("QUIT"));
        Assert.True(await ExistsAsync("STOP"));
    }
}
