using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// Where a send's consent check and a consent change meet when several writers run at once (app instances on one
/// PostgreSQL): the contact's row, which exists for every thread, even one with no consent record yet. The send gate
/// takes it shared and a consent change takes it exclusive, each for the rest of its transaction, so a claim that
/// is deciding holds off a STOP until it has committed, and a STOP being stored holds off claims until it has
/// committed, after which they read it (PostgreSQL rereads a row once its lock is granted). On SQLite every write
/// transaction already has the database to itself, so there is nothing to take.
/// </summary>
public static class ContactLocks
{
    /// <summary>For the send gate: consent changes for this contact wait until this transaction ends.</summary>
    public static Task LockForSendAsync(this ConsentDbContext db, int contactId, CancellationToken ct) =>
        LockAsync(db, db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM "Contacts" WHERE "Id" = {contactId} FOR SHARE"""), ct);

    /// <summary>Before a consent change reads the contact's records: claims for this contact wait until it commits.</summary>
    public static Task LockForConsentChangeAsync(this ConsentDbContext db, int contactId, CancellationToken ct) =>
        LockAsync(db, db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM "Contacts" WHERE "Id" = {contactId} FOR NO KEY UPDATE"""), ct);

    private static async Task LockAsync(ConsentDbContext db, IQueryable<int> lockRow, CancellationToken ct)
    {
        if (db.Database.IsNpgsql() && db.Database.CurrentTransaction is not null) await lockRow.ToListAsync(ct);
    }
}
