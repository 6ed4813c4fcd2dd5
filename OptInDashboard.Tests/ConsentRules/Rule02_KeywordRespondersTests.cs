using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Rule 2: keyword responders, whole-message matches, configurable per account and per line.</summary>
public sealed class Rule02_KeywordRespondersTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _service;
    private readonly ThreadDriver _marketing;

    public Rule02_KeywordRespondersTests()
    {
        _service = new ThreadDriver(_app, "+15555550111");
        _marketing = new ThreadDriver(_app, "+15555550111", DemoSeeder.MarketingLine);
    }

    [Theory]
    [InlineData("STOP")] [InlineData("STOPALL")] [InlineData("UNSUBSCRIBE")] [InlineData("CANCEL")] [InlineData("END")]
    [InlineData("QUIT")] [InlineData("REVOKE")] [InlineData("OPTOUT")] [InlineData("OPT OUT")] [InlineData("STOP TEXTING")]
    [InlineData("DO NOT TEXT")] [InlineData("ALTO")] [InlineData("PARAR")] [InlineData("CANCELAR")] [InlineData("BAJA")]
    [InlineData("  stop!! ")] [InlineData("Stop 🛑")]
    public async Task EveryDefaultOptOutKeywordOptsOut(string text)
    {
        await _service.CustomerTexts(text);
        Assert.Equal(ConsentStatus.OptedOut, await _service.Status());
    }

    [Theory]
    [InlineData("START")] [InlineData("UNSTOP")] [InlineData("REJOIN")] [InlineData("OPTIN")] [InlineData("OPT IN")] [InlineData("SUBSCRIBE")] [InlineData("RESUBSCRIBE")]
    public async Task EveryDefaultOptInKeywordOptsBackIn(string text)
    {
        await _service.CustomerTexts("STOP");
        await _service.CustomerTexts(text);
        Assert.Equal(ConsentStatus.OptedIn, await _service.Status());
    }

    [Theory]
    [InlineData("I'll stop by at 3")]
    [InlineData("cancel my appointment")]
    [InlineData("my car won't stop squealing")]
    public async Task FreeTextThatIsNotAKeywordIsAnOrdinaryMessage(string text)
    {
        await _service.CustomerTexts(text);
        Assert.Equal(ConsentStatus.NotDefined, await _service.Status());
        Assert.Empty(await _service.Ledger());
    }

    [Fact]
    public async Task ALineCanHaveItsOwnKeyword()
    {
        var (_, serviceLine) = await _service.Ids();
        await _app.Get<ResponderAdmin>().AddAsync(Staff.Admin, serviceLine, "pineapple", KeywordAction.OptOut);

        await _marketing.CustomerTexts("PINEAPPLE");
        await _service.CustomerTexts("Pineapple!");

        Assert.Equal(ConsentStatus.NotDefined, await _marketing.Status());
        Assert.Equal(ConsentStatus.OptedOut, await _service.Status());
    }

    [Fact]
    public async Task ALinesOwnResponderWinsOverTheAccounts()
    {
        var (_, serviceLine) = await _service.Ids();
        await _app.Get<ResponderAdmin>().AddAsync(Staff.Admin, serviceLine, "INFO", KeywordAction.OptOut);

        await _service.CustomerTexts("info");

        Assert.Equal(ConsentStatus.OptedOut, await _service.Status());
    }

    [Fact]
    public async Task TheLastOptOutAndTheLastOptInResponderCannotBeDeleted()
    {
        var admin = _app.Get<ResponderAdmin>();
        await using var db = _app.CreateDbContext();
        foreach (var action in new[] { KeywordAction.OptOut, KeywordAction.OptIn })
        {
            var ids = await db.KeywordResponders.Where(r => r.AccountId == Staff.Riverside && r.Action == action).Select(r => r.Id).ToListAsync();
            foreach (var id in ids.SkipLast(1)) await admin.RemoveAsync(Staff.Admin, id);

            var last = await Assert.ThrowsAsync<ConsentRuleViolation>(() => admin.RemoveAsync(Staff.Admin, ids[^1]));
            Assert.Contains("last", last.Message);
        }
        Assert.Equal(1, await db.KeywordResponders.CountAsync(r => r.AccountId == Staff.Riverside && r.Action == KeywordAction.OptOut));
        Assert.Equal(1, await db.KeywordResponders.CountAsync(r => r.AccountId == Staff.Riverside && r.Action == KeywordAction.OptIn));
    }

    [Fact]
    public async Task AKeywordIsStoredNormalisedAndCannotBeAddedTwice()
    {
        var admin = _app.Get<ResponderAdmin>();
        var added = await admin.AddAsync(Staff.Admin, null, "  no more ", KeywordAction.OptOut);
        Assert.Equal("NO MORE", added.Keyword);
        await Assert.ThrowsAsync<ConsentRuleViolation>(() => admin.AddAsync(Staff.Admin, null, "No More!", KeywordAction.OptOut));
        await Assert.ThrowsAsync<ConsentRuleViolation>(() => admin.AddAsync(Staff.Admin, null, "!!", KeywordAction.OptOut));
    }

    [Fact]
    public async Task ARemovedKeywordNoLongerActsAsAKeyword_ItIsFreeTextForTheIntentModel()
    {
        await using (var db = _app.CreateDbContext())
        {
            var cancel = await db.KeywordResponders.SingleAsync(r => r.AccountId == Staff.Riverside && r.Keyword == "CANCEL" && r.LineId == null);
            await _app.Get<ResponderAdmin>().RemoveAsync(Staff.Admin, cancel.Id);
        }
        await _service.CustomerTexts("CANCEL");
        Assert.DoesNotContain(await _service.Ledger(), e => e.Cause == ConsentCause.Keyword);
    }

    public void Dispose() => _app.Dispose();
}
