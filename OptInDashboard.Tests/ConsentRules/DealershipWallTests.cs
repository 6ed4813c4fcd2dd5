using System.Net;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Staff of Lakeside Motors touch nothing of Riverside Motors, even with Riverside's ids in hand.</summary>
public sealed class DealershipWallTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);

    public void Dispose() => _app.Dispose();

    private async Task<(int Maria, int RiversideService, int LakesideService)> IdsAsync()
    {
        await using var db = _app.CreateDbContext();
        var maria = await db.RiversideContacts().Where(c => c.Name == "Maria Gonzalez").Select(c => c.Id).SingleAsync();
        var riverside = await db.RiversideLines().Where(l => l.Name == "Service").Select(l => l.Id).SingleAsync();
        var lakeside = await db.Lines.Where(l => l.AccountId == Staff.Lakeside && l.Name == "Service").Select(l => l.Id).SingleAsync();
        return (maria, riverside, lakeside);
    }

    private async Task<int> MessagesToAsync(int contactId)
    {
        await using var db = _app.CreateDbContext();
        return await db.Messages.CountAsync(m => m.ContactId == contactId);
    }

    [Fact]
    public async Task AStaffMemberCannotTextAnotherDealershipsCustomerOnEitherDealershipsLine()
    {
        var (maria, riversideService, lakesideService) = await IdsAsync();
        var before = await MessagesToAsync(maria);
        var sender = _app.Get<AdvisorSender>();

        await Assert.ThrowsAsync<ConsentRuleViolation>(() => sender.SendAsync(maria, riversideService, "Hi from Lakeside", Staff.LakesideAdvisor));
        await Assert.ThrowsAsync<ConsentRuleViolation>(() => sender.SendAsync(maria, lakesideService, "Hi from Lakeside", Staff.LakesideAdvisor));

        Assert.Equal(before, await MessagesToAsync(maria));
    }

    [Fact]
    public async Task AStaffMemberCannotOptOutOrBlockAnotherDealershipsCustomer()
    {
        var (maria, riversideService, _) = await IdsAsync();
        var actions = _app.Get<StaffConsentActions>();

        await Assert.ThrowsAsync<ConsentRuleViolation>(() => actions.RecordOptOutOnBehalfAsync(Staff.LakesideAdvisor, maria, riversideService, "Forged"));
        await Assert.ThrowsAsync<ConsentRuleViolation>(() => actions.BlockAsync(Staff.LakesideManager, maria, "Forged"));

        await using var db = _app.CreateDbContext();
        Assert.False(await db.ConsentEvents.AnyAsync(e => e.ContactId == maria));
        Assert.False(await db.Contacts.Where(c => c.Id == maria).Select(c => c.IsBlocked).SingleAsync());
    }

    [Fact]
    public async Task AManagersLedgerCsvHoldsOnlyTheirDealershipsChangesEvenForTheOtherDealershipsLine()
    {
        var (_, riversideService, _) = await IdsAsync();
        var client = await SignedIn.ClientAsync(_app, "manager@lakeside.demo.local");

        var all = (await client.GetStringAsync("/reports/ledger.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var riversideLine = (await client.GetStringAsync($"/reports/ledger.csv?lineId={riversideService}")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("Nina Patel", Assert.Single(all.Skip(1))); // Lakeside's one STOP, not Riverside's Dana Whitfield
        Assert.Single(riversideLine); // the header only
    }

    [Fact]
    public async Task AManagersSnapshotCsvCountsNothingOnTheOtherDealershipsLines()
    {
        var (_, riversideService, _) = await IdsAsync();
        var lakesideManager = await SignedIn.ClientAsync(_app, "manager@lakeside.demo.local");
        var riversideManager = await SignedIn.ClientAsync(_app, "manager@demo.local");

        var riversideOwn = await riversideManager.GetAsync($"/reports/snapshot.csv?line={riversideService}");
        var seenFromLakeside = await lakesideManager.GetStringAsync($"/reports/snapshot.csv?line={riversideService}");
        var noSuchLine = await lakesideManager.GetStringAsync("/reports/snapshot.csv?line=999999");

        Assert.Equal(HttpStatusCode.OK, riversideOwn.StatusCode);
        Assert.NotEqual(await riversideOwn.Content.ReadAsStringAsync(), seenFromLakeside); // Dana's STOP counts for Riverside's own manager
        Assert.Equal(noSuchLine, seenFromLakeside);
    }

    [Fact]
    public async Task AManagerCannotDecideAnotherDealershipsPossibleOptOut()
    {
        await PossibleOptOut.MarkAsync(_app, "David Wilson", "Service", 0.71, "won't stop; stop");
        await using var db = _app.CreateDbContext();
        var david = await db.RiversideContacts().Where(c => c.Name == "David Wilson").Select(c => c.Id).SingleAsync();
        var (_, riversideService, _) = await IdsAsync();
        var actions = _app.Get<StaffConsentActions>();

        await Assert.ThrowsAsync<ConsentRuleViolation>(() => actions.DecideReviewAsync(Staff.LakesideManager, david, riversideService, confirmOptOut: true, "Forged"));
        await Assert.ThrowsAsync<ConsentRuleViolation>(() => actions.DecideReviewAsync(Staff.LakesideManager, david, riversideService, confirmOptOut: false, "Forged"));

        Assert.Equal(ConsentStatus.PossibleOptOut, await _app.ConsentStatusAsync("David Wilson", "Service"));
    }

    [Fact]
    public async Task AManagerCannotVoidAnotherDealershipsStaffOptOut()
    {
        var (maria, riversideService, _) = await IdsAsync();
        var actions = _app.Get<StaffConsentActions>();
        await actions.RecordOptOutOnBehalfAsync(Staff.Advisor, maria, riversideService, "Asked at the desk");
        await using var db = _app.CreateDbContext();
        var optOut = await db.ConsentEvents.Where(e => e.ContactId == maria).Select(e => e.Id).SingleAsync();

        await Assert.ThrowsAsync<ConsentRuleViolation>(() => actions.VoidStaffOptOutAsync(Staff.LakesideManager, optOut, "Forged"));

        Assert.Equal(1, await db.ConsentEvents.CountAsync(e => e.ContactId == maria));
    }

    [Fact]
    public async Task AnAdminCannotAddAKeywordOnAnotherDealershipsLineNorRemoveItsKeywords()
    {
        var (_, riversideService, _) = await IdsAsync();
        await using var db = _app.CreateDbContext();
        var riversideStop = await db.KeywordResponders.Where(r => r.AccountId == Staff.Riverside && r.Keyword == "STOP").Select(r => r.Id).SingleAsync();
        var keywords = _app.Get<ResponderAdmin>();

        await Assert.ThrowsAsync<ConsentRuleViolation>(() => keywords.AddAsync(Staff.LakesideAdmin, riversideService, "QUITNOW", KeywordAction.OptOut));
        await Assert.ThrowsAsync<ConsentRuleViolation>(() => keywords.RemoveAsync(Staff.LakesideAdmin, riversideStop));

        Assert.False(await db.KeywordResponders.AnyAsync(r => r.Keyword == "QUITNOW"));
        Assert.True(await db.KeywordResponders.AnyAsync(r => r.Id == riversideStop));
    }

    [Fact]
    public async Task AnAdminCannotMarkAnotherDealershipsLineAsCarrierConfirmed()
    {
        var (_, riversideService, _) = await IdsAsync();

        await Assert.ThrowsAsync<SettingsRefused>(() => _app.Get<DealershipSettings>().SaveAsync(Staff.LakesideAdmin,
            new DealershipSettingsChange(ConsentScope.Line, ConsentScope.Line, "America/Denver", [riversideService], [])));

        await using var db = _app.CreateDbContext();
        Assert.False(await db.Lines.Where(l => l.Id == riversideService).Select(l => l.CarrierConfirmsStop).SingleAsync());
    }
}
