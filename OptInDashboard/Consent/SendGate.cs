using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// Every outbound text passes here, decided from the stored consent at that moment.
/// Consent replies (confirmations, the opted-out reminder, HELP) are the one kind of text an opted-out
/// contact may still receive; group replies and everything staff write go through the full gate.
/// </summary>
public static class SendGate
{
    public static async Task<SendDecision> DecideAsync(ConsentDbContext db, int contactId, int lineId, AutoReply? autoReply, CancellationToken ct = default)
    {
        await db.LockForSendAsync(contactId, ct);
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        if (contact.IsBlocked)
            return SendDecision.Refuse("Blocked by a manager: nothing is sent to this contact.");
        if (autoReply is AutoReply.OptOutConfirmation or AutoReply.OptInConfirmation or AutoReply.StillOptedOut or AutoReply.Help)
            return SendDecision.Allow;

        var record = await db.ConsentRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ContactId == contactId && r.LineId == lineId, ct);
        if (record is null)
            return SendDecision.Allow;

        var lineName = await db.Lines.Where(l => l.Id == lineId).Select(l => l.Name).SingleAsync(ct);
        return record.Status switch
        {
            ConsentStatus.OptedOut => SendDecision.Refuse($"Opted out on {lineName} since {record.Since:yyyy-MM-dd HH:mm} UTC."),
            ConsentStatus.PossibleOptOut => SendDecision.Refuse($"Paused for review: a possible opt-out on {lineName} since {record.Since:yyyy-MM-dd HH:mm} UTC."),
            _ => SendDecision.Allow,
        };
    }
}
