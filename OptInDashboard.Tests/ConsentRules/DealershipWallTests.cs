using System.Net;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
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
}
