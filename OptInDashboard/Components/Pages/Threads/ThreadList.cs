using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Components.Pages.Threads;

/// <summary>Which threads the list shows: one line, a search, and optionally one consent status.</summary>
public sealed record ThreadListQuery(int LineId, string? Search = null, ConsentStatus? Status = null, bool UnreadOnly = false);

/// <summary>
/// One row of the list. <paramref name="LastText"/> and <paramref name="LastAt"/> are the last text the customer and
/// the advisor actually exchanged; <paramref name="LastMessageId"/> (any message, a refused one too) orders the list.
/// </summary>
public sealed record ThreadListItem(int ContactId, string Name, ConsentStatus Status, bool IsBlocked, string? LastText, DateTime? LastAt, long? LastMessageId, int Unread);

/// <summary>
/// The thread list, one page at a time: filtering, ordering (newest message first), skip and take all
/// run in the database, so the list stays quick with tens of thousands of contacts.
/// </summary>
public static class ThreadList
{
    public static async Task<(IReadOnlyList<ThreadListItem> Items, int Total)> PageAsync(ConsentDbContext db, ThreadListQuery query, int skip, int take, CancellationToken ct = default)
    {
        var contacts = ContactSearch.Matching(db.Contacts.AsNoTracking(), query.Search);
        var lineId = query.LineId;
        if (query.Status is { } status)
        {
            // An IN (subquery) the database runs once, rather than a lookup per contact.
            var defined = db.ConsentRecords.Where(r => r.LineId == lineId && r.Status != ConsentStatus.NotDefined);
            contacts = status == ConsentStatus.NotDefined
                ? contacts.Where(c => !defined.Select(r => r.ContactId).Contains(c.Id))
                : contacts.Where(c => defined.Where(r => r.Status == status).Select(r => r.ContactId).Contains(c.Id));
        }
        if (query.UnreadOnly)
        {
            contacts = contacts.Where(c => db.Messages.Any(m => m.ContactId == c.Id && m.LineId == lineId && m.Direction == MessageDirection.Inbound
                && m.Id > db.ThreadReads.Where(r => r.ContactId == c.Id && r.LineId == lineId).Select(r => r.LastReadMessageId).FirstOrDefault()));
        }
        var total = await contacts.CountAsync(ct);
        // Two steps: the ordering needs only each contact's newest message id, and the details are then read
        // for the one page alone (in one query, the database would work them out for every contact first).
        var page = await contacts
            .Select(c => new
            {
                c.Id,
                Name = c.Name ?? c.PhoneNumber,
                LastMessageId = db.Messages.Where(m => m.ContactId == c.Id && m.LineId == lineId).Max(m => (long?)m.Id),
            })
            .OrderByDescending(c => c.LastMessageId ?? 0).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Skip(skip).Take(take)
            .ToListAsync(ct);
        var ids = page.Select(c => c.Id).ToList();
        var details = await db.Contacts.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.IsBlocked,
                Status = db.ConsentRecords.Where(r => r.ContactId == c.Id && r.LineId == lineId).Select(r => r.Status).FirstOrDefault(),
                Unread = db.Messages.Count(m => m.ContactId == c.Id && m.LineId == lineId && m.Direction == MessageDirection.Inbound
                    && m.Id > db.ThreadReads.Where(r => r.ContactId == c.Id && r.LineId == lineId).Select(r => r.LastReadMessageId).FirstOrDefault()),
            })
            .ToDictionaryAsync(c => c.Id, ct);
        // The preview leaves out what never reached the other side (refused by our gate or the carrier, failed)
        // and the automatic consent replies: the advisor reads what was said, not the system's bookkeeping.
        var lastExchangedIds = await db.Messages
            .Where(m => ids.Contains(m.ContactId) && m.LineId == lineId && m.Sender != MessageSender.System
                && m.Status != MessageStatus.Blocked && m.Status != MessageStatus.Failed && !m.RefusedForConsent)
            .GroupBy(m => m.ContactId)
            .Select(g => g.Max(m => m.Id))
            .ToListAsync(ct);
        var previews = await db.Messages.Where(m => lastExchangedIds.Contains(m.Id))
            .Select(m => new { m.ContactId, m.Text, m.CreatedAt })
            .ToDictionaryAsync(m => m.ContactId, ct);
        var items = page.Select(c => new ThreadListItem(
                c.Id,
                c.Name,
                details[c.Id].Status,
                details[c.Id].IsBlocked,
                previews.GetValueOrDefault(c.Id)?.Text,
                previews.GetValueOrDefault(c.Id)?.CreatedAt,
                c.LastMessageId,
                details[c.Id].Unread))
            .ToList();
        return (items, total);
    }

    /// <summary>
    /// Marks a thread read up to <paramref name="messageId"/>; true when that moved the mark (so other
    /// screens should refresh their unread counts).
    /// </summary>
    public static async Task<bool> MarkReadAsync(ConsentDbContext db, WriteGate writeGate, int contactId, int lineId, long messageId, DateTime now, CancellationToken ct = default)
    {
        var read = await db.ThreadReads.SingleOrDefaultAsync(r => r.ContactId == contactId && r.LineId == lineId, ct);
        if (read is null)
            db.ThreadReads.Add(new ThreadRead { ContactId = contactId, LineId = lineId, LastReadMessageId = messageId, ReadAt = now });
        else if (read.LastReadMessageId >= messageId)
            return false;
        else
            (read.LastReadMessageId, read.ReadAt) = (messageId, now);
        try
        {
            // Only a mark that moves takes the write lock, and it queues with the webhooks' writes rather than racing them.
            using (await writeGate.EnterAsync(ct).ConfigureAwait(false))
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another screen moved or created the mark at the same moment; theirs stands and the next read moves it on.
            return false;
        }
    }
}
