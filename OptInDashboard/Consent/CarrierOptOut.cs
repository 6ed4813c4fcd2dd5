using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// A text the carrier or the SMS provider refused because the number is opted out there (a STOP the
/// carrier holds on a toll-free number, or the provider's own opt-out list on 10DLC). That is an opt-out
/// we never saw as a message, so it is ledgered on the line the text came from, with the provider's error
/// as evidence, and it reaches as far as any opt-out (revoke-all, the dealership's scope). Added to the caller's
/// context, to commit with the message's failure.
/// </summary>
public static class CarrierOptOut
{
    /// <summary>False when the contact is already opted out on that line: nothing to record.</summary>
    public static async Task<bool> RecordAsync(ConsentDbContext db, int contactId, int lineId, ConsentEvidence evidence, ConsentOptions options, DateTime at, CancellationToken ct = default)
    {
        await db.LockForConsentChangeAsync(contactId, ct);
        if ((await RecordsInScope.FindOrAddAsync(db, contactId, lineId, ct)).IsOptedOut) return false;
        foreach (var record in await RecordsInScope.OfOptOutAsync(db, contactId, lineId, options, allLines: false, at, ct))
            if (!record.IsOptedOut) db.ConsentEvents.Add(record.OptOut(evidence, at));
        return true;
    }
}
