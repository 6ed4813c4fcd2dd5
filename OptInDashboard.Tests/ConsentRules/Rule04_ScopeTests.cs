using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Rule 4: an opt-out applies to its line; STOPALL and the account scopes widen it.</summary>
public sealed class Rule04_ScopeTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _service;
    private readonly ThreadDriver _marketing;

    public Rule04_ScopeTests()
    {
        _service = new ThreadDriver(_app, "+15555550111");
        _marketing = new ThreadDriver(_app, "+15555550111", DemoSeeder.MarketingLine);
    }

    [Fact]
    public async Task StopOnTheMarketingLineLeavesTheServiceLineReachable()
    {
        await _marketing.CustomerTexts("STOP");

        Assert.Equal(ConsentStatus.OptedOut, await _marketing.Status());
        Assert.Equal(ConsentStatus.NotDefined, await _service.Status());
        Assert.Equal(MessageStatus.Queued, (await _service.AdvisorSends("Your car is ready")).Status);
    }

    [Fact]
    public async Task StopAllOptsOutOfEveryLineOfTheAccount()
    {
        await _service.CustomerTexts("STOPALL");

        Assert.Equal(ConsentStatus.OptedOut, await _service.Status());
        Assert.Equal(ConsentStatus.OptedOut, await _marketing.Status());
        Assert.Single(await _service.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
    }

    [Fact]
    public async Task AccountOptOutScopeMakesEveryOptOutAccountWide()
    {
        await SetScopes(optOut: ConsentScope.Account, optIn: ConsentScope.Line);

        await _service.CustomerTexts("STOP");

        Assert.Equal(ConsentStatus.OptedOut, await _marketing.Status());
    }

    [Fact]
    public async Task OptInRestoresOnlyTheLineItArrivedOn()
    {
        await _service.CustomerTexts("STOPALL");
        await _service.CustomerTexts("START");

        Assert.Equal(ConsentStatus.OptedIn, await _service.Status());
        Assert.Equal(ConsentStatus.OptedOut, await _marketing.Status());
    }

    [Fact]
    public async Task AccountOptInScopeRestoresEveryLine()
    {
        await SetScopes(optOut: ConsentScope.Line, optIn: ConsentScope.Account);
        await _service.CustomerTexts("STOPALL");

        await _marketing.CustomerTexts("START");

        Assert.Equal(ConsentStatus.OptedIn, await _service.Status());
        Assert.Equal(ConsentStatus.OptedIn, await _marketing.Status());
    }

    private async Task SetScopes(ConsentScope optOut, ConsentScope optIn)
    {
        await using var db = _app.CreateDbContext();
        await db.Accounts.ExecuteUpdateAsync(set => set.SetProperty(a => a.OptOutScope, optOut).SetProperty(a => a.OptInScope, optIn));
    }

    public void Dispose() => _app.Dispose();
}
