using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// A text the carrier or the SMS provider refused because the number is opted out there (a STOP the
/// carrier holds on a toll-free number, or the provider's own opt-out list on 10DLC). That is an opt-out
/// we never saw as a message, so it is ledgered on the line the text came from, with the provider's error
/// as evidence. Added to the caller's context, to commit with the message's failure.
/// </summary>
public static class CarrierOptOut
{
    /// <summary>False when the contact is already opted out on that line: nothing to record.</summary>
    public static async Task<bool> RecordAsync(ConsentDbContext db, int contactId, int lineId, ConsentEvidence evidence, DateTime at, CancellationToken ct = default)
    {
        await db.LockForConsentChangeAsync(contactId, ct);
        var record = await db.ConsentRecords.SingleOrDefaultAsync(r => r.ContactId == contactId && r.LineId == lineId, ct);
        if (record is null)
        {
            record = new ConsentRecord(contactId, lineId);
            db.ConsentRecords.Add(record);
        }
        if (record.IsOptedOut) return false;
        db.ConsentEvents.Add(record.OptOut(evidence, at));
        return true;
    }
}
