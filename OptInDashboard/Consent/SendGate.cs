using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// Every outbound text passes here, decided from the stored consent at that moment.
/// Consent replies (confirmations, the opted-out reminder, HELP) are the one kind of text an opted-out
/// contact may still receive; group replies and everything staff write go through the full gate, and on a
/// marketing line what staff write needs the customer's written consent (<see cref="MarketingConsent"/>) and waits for
/// the recipient's quiet hours and frequency caps (<see cref="MarketingHours"/>).
/// </summary>
public static class SendGate
{
    public static async Task<SendDecision> DecideAsync(ConsentDbContext db, int contactId, int lineId, AutoReply? autoReply, DateTime nowUtc, CancellationToken ct = default)
    {
        await db.LockForSendAsync(contactId, ct);
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        if (contact.IsBlocked)
            return SendDecision.Refuse("Blocked by a manager: nothing is sent to this contact.");
        if (autoReply is AutoReply.OptOutConfirmation or AutoReply.OptInConfirmation or AutoReply.MarketingOptInConfirmation or AutoReply.StillOptedOut or AutoReply.Help)
            return SendDecision.Allow;

        var record = await db.ConsentRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ContactId == contactId && r.LineId == lineId, ct);
        var line = await db.Lines.AsNoTracking().Where(l => l.Id == lineId)
            .Select(l => new { l.Name, l.Purpose, l.AccountId, DealershipZone = l.Account!.TimeZone }).SingleAsync(ct);
        if (record?.Status == ConsentStatus.OptedOut)
            return SendDecision.Refuse($"Opted out on {line.Name} since {record.Since:yyyy-MM-dd HH:mm} UTC.");
        if (record?.Status == ConsentStatus.PossibleOptOut)
            return SendDecision.Refuse($"Paused for review: a possible opt-out on {line.Name} since {record.Since:yyyy-MM-dd HH:mm} UTC.");
        // A reply to the customer's own keyword (a group's welcome) is no marketing text of ours.
        if (line.Purpose != LinePurpose.Marketing || autoReply is not null)
            return SendDecision.Allow;
        if (!(record?.Status == ConsentStatus.OptedIn && await MarketingConsent.IsHeldAsync(db, contactId, lineId, ct)))
            return SendDecision.Refuse($"{line.Name} is a marketing line: the customer has not given written consent to marketing texts. They can text START to this number.");

        var sentInLast24Hours = await db.Messages.AsNoTracking()
            .Where(m => m.ContactId == contactId && m.SentAt > nowUtc.AddHours(-24) && m.Sender == MessageSender.Staff && m.Status != MessageStatus.Failed
                        && m.Line!.AccountId == line.AccountId && m.Line.Purpose == LinePurpose.Marketing)
            .Select(m => m.SentAt!.Value).ToListAsync(ct);
        return MarketingHours.HoldFor(RecipientLocation.Of(contact, DealershipTime.ZoneOf(line.DealershipZone)), sentInLast24Hours, nowUtc) is { } hold
            ? SendDecision.Hold(hold)
            : SendDecision.Allow;
    }
}
