using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Rule 1: status per contact and line is a projection of an append-only ledger.</summary>
public sealed class Rule01_StatusPerContactAndLineTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);

    [Fact]
    public async Task StatusIsNotDefinedWhereThereIsNoRecord() =>
        Assert.Equal(ConsentStatus.NotDefined, await new ThreadDriver(_app, "+15555550111").Status());

    [Fact]
    public async Task StatusIsAProjectionOfTheLedger_ReplayingTheLedgerGivesEveryStoredStatus()
    {
        var maria = new ThreadDriver(_app, "+15555550111");
        await maria.CustomerTexts("STOP");
        await maria.CustomerTexts("START");
        await maria.CustomerTexts("STOPALL");
        var (contactId, lineId) = await maria.Ids();
        await _app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, await ContactId("+15555550112"), lineId, "Asked on the phone");

        await using var db = _app.CreateDbContext();
        var ledger = await db.ConsentEvents.Where(e => e.LineId != null).OrderBy(e => e.Id).ToListAsync();
        var replayed = new Dictionary<(int, int), ConsentStatus>();
        foreach (var row in ledger)
        {
            var key = (row.ContactId, row.LineId!.Value);
            Assert.Equal(replayed.GetValueOrDefault(key), row.OldStatus); // each row starts where the last ended
            replayed[key] = row.NewStatus;
        }
        var stored = await db.ConsentRecords.ToDictionaryAsync(r => (r.ContactId, r.LineId), r => r.Status);
        Assert.Equal(replayed.OrderBy(p => p.Key), stored.Where(p => p.Value != ConsentStatus.NotDefined).OrderBy(p => p.Key));
    }

    [Fact]
    public async Task StatusAndItsLedgerRowCommitTogether_AFailedSaveLeavesNeither()
    {
        var (contactId, lineId) = await new ThreadDriver(_app, "+15555550111").Ids();
        await using var db = _app.CreateDbContext();
        var record = new ConsentRecord(contactId, lineId);
        db.ConsentRecords.Add(record);
        db.ConsentEvents.Add(record.OptOut(new ConsentEvidence(ConsentCause.StaffOnBehalf, "advisor@demo.local") { Note = "phone" }, DateTime.UtcNow));
        db.ConsentRecords.Add(new ConsentRecord(contactId, lineId)); // a duplicate (contact, line): the whole save must fail

        await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());

        await using var fresh = _app.CreateDbContext();
        Assert.False(await fresh.ConsentEvents.AnyAsync(e => e.ContactId == contactId && e.LineId == lineId));
        Assert.False(await fresh.ConsentRecords.AnyAsync(r => r.ContactId == contactId && r.LineId == lineId));
    }

    [Fact]
    public async Task BlockedIsASeparateStaffFlagThatLeavesTheConsentStatusAlone()
    {
        var maria = new ThreadDriver(_app, "+15555550111");
        await maria.CustomerTexts("START");
        var (contactId, _) = await maria.Ids();

        await _app.Get<StaffConsentActions>().BlockAsync(Staff.Manager, contactId, "Abusive messages");

        Assert.Equal(ConsentStatus.OptedIn, await maria.Status());
        await using var db = _app.CreateDbContext();
        Assert.True((await db.Contacts.SingleAsync(c => c.Id == contactId)).IsBlocked);
    }

    private async Task<int> ContactId(string phone)
    {
        await using var db = _app.CreateDbContext();
        return await db.RiversideContacts().Where(c => c.PhoneNumber == phone).Select(c => c.Id).SingleAsync();
    }

    public void Dispose() => _app.Dispose();
}
