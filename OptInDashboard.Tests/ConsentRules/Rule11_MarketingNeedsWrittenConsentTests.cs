using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>
/// Rule 11: a line is informational or marketing. A marketing text needs the customer's prior express written consent
/// (their keyword opt-in on that line, confirmed as CTIA asks); an informational one needs no record and stops at any opt-out.
/// </summary>
public sealed class Rule11_MarketingNeedsWrittenConsentTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _service;
    private readonly ThreadDriver _marketing;

    public Rule11_MarketingNeedsWrittenConsentTests()
    {
        _service = new ThreadDriver(_app, "+15555550111");
        _marketing = new ThreadDriver(_app, "+15555550111", DemoSeeder.MarketingLine);
    }

    [Fact]
    public async Task AMarketingTextToANotDefinedCustomerIsRefusedWithAReasonTheAdvisorUnderstands()
    {
        await _marketing.CustomerTexts("Do you have any oil change deals?");

        var refused = await _marketing.AdvisorSends("20% off your next oil change this week!");

        Assert.Equal(ConsentStatus.NotDefined, await _marketing.Status());
        Assert.Equal(MessageStatus.Blocked, refused.Status);
        Assert.Equal("Marketing is a marketing line: the customer has not given written consent to marketing texts. They can text START to this number.", refused.StatusReason);
    }

    [Fact]
    public async Task InformationalTextsNeedNoConsentRecord()
    {
        await _service.CustomerTexts("Is my car ready?");

        var sent = await _service.AdvisorSends("Yes, it is ready for pick-up.");

        Assert.Equal(ConsentStatus.NotDefined, await _service.Status());
        Assert.Equal(MessageStatus.Queued, sent.Status);
    }

    [Fact]
    public async Task TheCustomersKeywordOptInOnTheMarketingLineIsWrittenConsent()
    {
        await _marketing.CustomerTexts("START");

        var sent = await _marketing.AdvisorSends("20% off your next oil change this week!");

        Assert.Equal(MessageStatus.Queued, sent.Status);
    }

    [Fact]
    public async Task AMarketingOptInIsConfirmedWithTheProgramFrequencyRatesHelpAndStop()
    {
        await _marketing.CustomerTexts("START");

        var confirmation = Assert.Single(await _marketing.Messages(), m => m.AutoReply is not null);
        Assert.Equal(AutoReply.MarketingOptInConfirmation, confirmation.AutoReply);
        Assert.Equal("Riverside Motors Marketing: you are opted in to our offers and service specials. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.", confirmation.Text);
    }

    [Fact]
    public async Task AnOptInOnAnInformationalLineKeepsItsOwnConfirmation()
    {
        await _service.CustomerTexts("STOP");
        await _service.CustomerTexts("START");

        Assert.Single(await _service.Messages(), m => m.AutoReply == AutoReply.OptInConfirmation && m.Text == ConsentReplies.OptedBackIn);
    }

    [Fact]
    public async Task AnOptInThatCameFromAnotherLineIsNotWrittenConsentToMarketing()
    {
        await using (var db = _app.CreateDbContext())
            await db.Accounts.ExecuteUpdateAsync(set => set.SetProperty(a => a.OptInScope, ConsentScope.Account));
        await _service.CustomerTexts("START");

        var refused = await _marketing.AdvisorSends("20% off your next oil change this week!");

        Assert.Equal(ConsentStatus.OptedIn, await _marketing.Status());
        Assert.Equal(MessageStatus.Blocked, refused.Status);
        Assert.Contains("has not given written consent", refused.StatusReason);
    }

    [Fact]
    public async Task AnOptOutEndsWrittenConsentAndOnlyANewKeywordOptInRestoresIt()
    {
        await _marketing.CustomerTexts("START");
        await _marketing.CustomerTexts("STOP");
        Assert.StartsWith("Opted out on Marketing", (await _marketing.AdvisorSends("Offer")).StatusReason);

        await _marketing.CustomerTexts("REJOIN");

        Assert.Equal(MessageStatus.Queued, (await _marketing.AdvisorSends("Offer")).Status);
    }

    [Fact]
    public async Task VoidingAStaffOptOutRestoresTheWrittenConsentUnderneath()
    {
        await _marketing.CustomerTexts("START");
        var (contactId, lineId) = await _marketing.Ids();
        var actions = _app.Get<StaffConsentActions>();
        await actions.RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "Entered on the wrong customer");
        var staffOptOut = (await _marketing.Ledger()).Last();

        await actions.VoidStaffOptOutAsync(Staff.Manager, staffOptOut.Id, "Wrong customer");

        Assert.Equal(MessageStatus.Queued, (await _marketing.AdvisorSends("Offer")).Status);
    }

    [Fact]
    public async Task AGroupWelcomeOnAMarketingLineAnswersTheCustomersOwnKeyword()
    {
        await _marketing.CustomerTexts("JOIN");
        await _app.DispatchNowAsync();

        var welcome = Assert.Single(await _marketing.Messages(), m => m.AutoReply == AutoReply.GroupWelcome);
        Assert.NotEqual(MessageStatus.Blocked, welcome.Status);
    }

    [Fact]
    public async Task TheDispatcherRefusesAMarketingTextWhoseLineBecameMarketingAfterItWasQueued()
    {
        await _service.CustomerTexts("Is my car ready?");
        var queued = await _service.AdvisorSends("Tire rotation is half price this week.");
        await using (var db = _app.CreateDbContext())
            await db.Lines.Where(l => l.PhoneNumber == DemoSeeder.ServiceLine).ExecuteUpdateAsync(set => set.SetProperty(l => l.Purpose, LinePurpose.Marketing));

        await _app.DispatchNowAsync();

        var after = (await _service.Messages()).Single(m => m.Id == queued.Id);
        Assert.Equal((MessageStatus.Blocked, "Service is a marketing line: the customer has not given written consent to marketing texts. They can text START to this number."),
            (after.Status, after.StatusReason));
        Assert.Null(after.ProviderMessageId);
    }

    public void Dispose() => _app.Dispose();
}
