using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Rule 6: a Manager's block stops everything from every line; unblocking never goes past an opt-out.</summary>
public sealed class Rule06_BlockingTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _service;
    private readonly ThreadDriver _marketing;
    private StaffConsentActions Actions => _app.Get<StaffConsentActions>();

    public Rule06_BlockingTests()
    {
        _service = new ThreadDriver(_app, "+15555550111");
        _marketing = new ThreadDriver(_app, "+15555550111", DemoSeeder.MarketingLine);
    }

    [Fact]
    public async Task ABlockedContactReceivesNothingFromAnyLine()
    {
        var (contactId, _) = await _service.Ids();
        await Actions.BlockAsync(Staff.Manager, contactId, "Harassing staff");

        var service = await _service.AdvisorSends("Your car is ready");
        var marketing = await _marketing.AdvisorSends("Tire sale");
        await _service.CustomerTexts("HELP");
        await _app.DispatchNowAsync();

        Assert.Equal(MessageStatus.Blocked, service.Status);
        Assert.Equal(MessageStatus.Blocked, marketing.Status);
        Assert.StartsWith("Blocked", service.StatusReason);
        Assert.DoesNotContain(await _service.Messages(), m => m.Direction == MessageDirection.Outbound && m.Status is MessageStatus.Delivered or MessageStatus.Sent && m.Id > service.Id);
    }

    [Fact]
    public async Task UnblockingReturnsToTheConsentUnderneathNeverPastAnOptOut()
    {
        await _marketing.CustomerTexts("START");
        await _service.CustomerTexts("STOP");
        var (contactId, _) = await _service.Ids();
        await Actions.BlockAsync(Staff.Manager, contactId, "Abuse");

        await Actions.UnblockAsync(Staff.Manager, contactId, "Resolved");

        Assert.Equal(ConsentStatus.OptedOut, await _service.Status());
        Assert.Equal(MessageStatus.Blocked, (await _service.AdvisorSends("Hello")).Status);
        Assert.Equal(MessageStatus.Queued, (await _marketing.AdvisorSends("Hello")).Status);
    }

    [Fact]
    public async Task BlockAndUnblockAreLedgeredAccountWide()
    {
        var (contactId, _) = await _service.Ids();
        await Actions.BlockAsync(Staff.Manager, contactId, "Abuse");
        await Actions.UnblockAsync(Staff.Manager, contactId, "Resolved");

        var ledger = await _service.Ledger();
        Assert.Equal([ConsentCause.Block, ConsentCause.Unblock], ledger.Select(e => e.Cause));
        Assert.All(ledger, e => Assert.Null(e.LineId));
        Assert.Equal(["Abuse", "Resolved"], ledger.Select(e => e.Note));
    }

    [Fact]
    public async Task OnlyAManagerMayBlock()
    {
        var (contactId, _) = await _service.Ids();
        await Assert.ThrowsAsync<ConsentRuleViolation>(() => Actions.BlockAsync(Staff.Advisor, contactId, "I don't like them"));
        Assert.Equal(MessageStatus.Queued, (await _service.AdvisorSends("Hello")).Status);
    }

    public void Dispose() => _app.Dispose();
}
