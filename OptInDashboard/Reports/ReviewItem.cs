using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Reports;

/// <summary>
/// A possible opt-out waiting for a manager: the customer's flagged message, the advisor's text it
/// answered (the last one the customer actually received in that thread) and the ledger row that flagged it.
/// </summary>
public sealed record ReviewItem(int ContactId, int LineId, string Contact, string Line, DateTime Since, ConsentEvent? Flag, AdvisorText? Answering)
{
    public const int Limit = 500;

    public static async Task<List<ReviewItem>> LoadAsync(ConsentDbContext db, CancellationToken ct = default)
    {
        var flagged = await (from r in db.ConsentRecords.AsNoTracking()
                             where r.Status == ConsentStatus.PossibleOptOut
                             join c in db.Contacts on r.ContactId equals c.Id
                             join l in db.Lines on r.LineId equals l.Id
                             orderby r.Since
                             select new
                             {
                                 ContactId = c.Id,
                                 LineId = l.Id,
                                 Contact = c.Name ?? c.PhoneNumber,
                                 Line = l.Name,
                                 r.Since,
                                 Flag = db.ConsentEvents
                                     .Where(e => e.ContactId == r.ContactId && e.LineId == r.LineId && e.NewStatus == ConsentStatus.PossibleOptOut)
                                     .OrderByDescending(e => e.Id).FirstOrDefault(),
                             }).Take(Limit).ToListAsync(ct);

        // Two steps, not one correlated row per item: SQLite cannot run the APPLY that the one-query form needs.
        var inboundIds = flagged.Select(f => f.Flag?.InboundMessageId).OfType<long>().ToList();
        var precedingIds = await (from inbound in db.Messages.AsNoTracking()
                                  where inboundIds.Contains(inbound.Id)
                                  select new
                                  {
                                      inbound.Id,
                                      Preceding = db.Messages
                                          .Where(m => m.ContactId == inbound.ContactId && m.LineId == inbound.LineId && m.Id < inbound.Id
                                                      && m.Direction == MessageDirection.Outbound && m.Sender == MessageSender.Staff
                                                      && (m.Status == MessageStatus.Sent || m.Status == MessageStatus.Delivered))
                                          .Max(m => (long?)m.Id),
                                  }).ToDictionaryAsync(a => a.Id, a => a.Preceding, ct);
        var ids = precedingIds.Values.OfType<long>().ToList();
        var texts = await db.Messages.AsNoTracking().Where(m => ids.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => new AdvisorText(m.Text, m.SentBy, m.CreatedAt), ct);
        var answering = precedingIds.ToDictionary(p => p.Key, p => p.Value is { } id ? texts.GetValueOrDefault(id) : null);

        return [.. flagged.Select(f => new ReviewItem(f.ContactId, f.LineId, f.Contact, f.Line, f.Since, f.Flag,
            f.Flag?.InboundMessageId is { } id ? answering.GetValueOrDefault(id) : null))];
    }
}

/// <summary>A text an advisor sent: what a customer's reply answered.</summary>
public sealed record AdvisorText(string Text, string? SentBy, DateTime SentAt);
