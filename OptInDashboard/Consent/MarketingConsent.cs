using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// Prior express written consent to marketing texts (the TCPA, 47 CFR 64.1200(a)(2), defined in 64.1200(f)(9); Florida's
/// FTSA, Fla. Stat. 501.059): on a marketing line, held while the customer is opted in there and the opt-in that
/// established it was their own keyword texted to that line, answered with the CTIA confirmation. A restore (a voided
/// staff opt-out, a dismissed review) keeps the consent it restores. An opt-in that came from another line
/// (OptInScope = Account) or from free text is consent to texts, not written consent to marketing.
/// </summary>
public static class MarketingConsent
{
    /// <summary>True when this opt-in, arriving on <paramref name="line"/>, is written consent to its marketing.</summary>
    public static bool IsGivenBy(ConsentEvidence optIn, Line line) =>
        line.Purpose == LinePurpose.Marketing && optIn.Cause == ConsentCause.Keyword && optIn.IsFromCustomersPhone;

    /// <summary>Whether the latest opt-in on the line was a keyword texted to it; the caller checks that the customer is still opted in.</summary>
    public static async Task<bool> IsHeldAsync(ConsentDbContext db, int contactId, int lineId, CancellationToken ct)
    {
        var established = await db.ConsentEvents.AsNoTracking()
            .Where(e => e.ContactId == contactId && e.LineId == lineId && e.NewStatus == ConsentStatus.OptedIn
                        && (e.Cause == ConsentCause.Keyword || e.Cause == ConsentCause.IntentModel))
            .OrderByDescending(e => e.Id)
            .Select(e => new { e.Cause, ArrivedOn = db.Messages.Where(m => m.Id == e.InboundMessageId).Select(m => (int?)m.LineId).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        return established is { Cause: ConsentCause.Keyword } && established.ArrivedOn == lineId;
    }
}
