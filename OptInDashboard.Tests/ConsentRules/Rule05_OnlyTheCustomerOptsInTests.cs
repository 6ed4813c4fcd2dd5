using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Rule 5: only the customer opts in; staff may record an opt-out for them; a Manager may void a staff one.</summary>
public sealed class Rule05_OnlyTheCustomerOptsInTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;
    private StaffConsentActions Actions => _app.Get<StaffConsentActions>();

    public Rule05_OnlyTheCustomerOptsInTests() => _maria = new ThreadDriver(_app, "+15555550111");

    [Theory]
    [InlineData(ConsentStatus.OptedIn)]
    [InlineData(ConsentStatus.NotDefined)]
    public async Task StaffCannotOptACustomerIn_TheAttemptIsRefusedAndLogged(ConsentStatus target)
    {
        await _maria.CustomerTexts("STOP");
        var (contactId, lineId) = await _maria.Ids();

        await Assert.ThrowsAsync<ConsentRuleViolation>(() => Actions.SetStatusAsync(Staff.Manager, contactId, lineId, target, "customer asked in person"));

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
        Assert.Single(await _maria.Ledger());
        Assert.Contains(_app.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("Only the customer can opt in") && l.Text.Contains("manager@demo.local"));
    }

    [Fact]
    public async Task StaffMayRecordAnOptOutOnTheCustomersBehalfWithANote()
    {
        var (contactId, lineId) = await _maria.Ids();

        await Actions.SetStatusAsync(Staff.Advisor, contactId, lineId, ConsentStatus.OptedOut, "Said on the phone: no more texts");

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
        var row = Assert.Single(await _maria.Ledger());
        Assert.Equal((ConsentCause.StaffOnBehalf, "advisor@demo.local", "Said on the phone: no more texts"), (row.Cause, row.Actor, row.Note));
    }

    [Fact]
    public async Task AStaffOptOutNeedsANote()
    {
        var (contactId, lineId) = await _maria.Ids();
        await Assert.ThrowsAsync<ConsentRuleViolation>(() => Actions.RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "  "));
        Assert.Equal(ConsentStatus.NotDefined, await _maria.Status());
    }

    [Fact]
    public async Task AManagerMayVoidAStaffRecordedOptOutWithAReason()
    {
        await _maria.CustomerTexts("START");
        var (contactId, lineId) = await _maria.Ids();
        await Actions.RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "Wrong customer on the phone");
        var staffOptOut = (await _maria.Ledger())[^1];

        await Actions.VoidStaffOptOutAsync(Staff.Manager, staffOptOut.Id, "Entered on the wrong contact");

        Assert.Equal(ConsentStatus.OptedIn, await _maria.Status());
        var voided = (await _maria.Ledger())[^1];
        Assert.Equal((ConsentCause.Void, staffOptOut.Id, "Entered on the wrong contact", "manager@demo.local"), (voided.Cause, voided.RelatedEventId!.Value, voided.Note!, voided.Actor));
    }

    [Fact]
    public async Task ACustomersOwnOptOutCanNeverBeVoided()
    {
        await _maria.CustomerTexts("STOP");
        var customersOwn = Assert.Single(await _maria.Ledger());

        await Assert.ThrowsAsync<ConsentRuleViolation>(() => Actions.VoidStaffOptOutAsync(Staff.Manager, customersOwn.Id, "Customer changed their mind"));

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
    }

    [Fact]
    public async Task OnlyAManagerMayVoid()
    {
        var (contactId, lineId) = await _maria.Ids();
        await Actions.RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "phone");
        var staffOptOut = Assert.Single(await _maria.Ledger());

        await Assert.ThrowsAsync<ConsentRuleViolation>(() => Actions.VoidStaffOptOutAsync(Staff.Advisor, staffOptOut.Id, "oops"));
        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
    }

    [Fact]
    public async Task AStaffOptOutSupersededByTheCustomerCannotBeVoided()
    {
        var (contactId, lineId) = await _maria.Ids();
        await Actions.RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "phone");
        var staffOptOut = Assert.Single(await _maria.Ledger());
        await _maria.CustomerTexts("START");

        await Assert.ThrowsAsync<ConsentRuleViolation>(() => Actions.VoidStaffOptOutAsync(Staff.Manager, staffOptOut.Id, "late"));
    }

    public void Dispose() => _app.Dispose();
}
