using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Reports;

/// <summary>
/// The snapshot's contacts: everyone opted in or out on any of the chosen lines, with the status on each, by name.
/// Read a page at a time in the database (count, sort, skip and take there), so a dealership of 100,000 customers
/// costs the page on screen, and the CSV streams them all in pages without holding them.
/// </summary>
public static class SnapshotContacts
{
    private const int CsvPage = 1_000;

    public static async Task<(IReadOnlyList<SnapshotContact> Page, int Total)> PageAsync(
        ConsentDbContext db, IReadOnlyCollection<int> lineIds, int skip, int take, bool descending = false, CancellationToken ct = default)
    {
        var contacts = OptedInOrOut(db, lineIds);
        var total = await contacts.CountAsync(ct);
        var ordered = descending
            ? contacts.OrderByDescending(c => c.Name ?? c.PhoneNumber).ThenByDescending(c => c.Id)
            : contacts.OrderBy(c => c.Name ?? c.PhoneNumber).ThenBy(c => c.Id);
        return (await WithStatusesAsync(db, lineIds, ordered.Skip(skip).Take(take), ct), total);
    }

    /// <summary>All of them, by name, a page at a time (each page after the last one's name and id, not an ever larger offset).</summary>
    public static async IAsyncEnumerable<SnapshotContact> AllAsync(ConsentDbContext db, IReadOnlyCollection<int> lineIds, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        (string Name, int Id)? after = null;
        while (true)
        {
            var contacts = OptedInOrOut(db, lineIds);
            if (after is var (name, id))
                contacts = contacts.Where(c => string.Compare(c.Name ?? c.PhoneNumber, name) > 0 || ((c.Name ?? c.PhoneNumber) == name && c.Id > id));
            var page = await WithStatusesAsync(db, lineIds, contacts.OrderBy(c => c.Name ?? c.PhoneNumber).ThenBy(c => c.Id).Take(CsvPage), ct);
            foreach (var contact in page) yield return contact;
            if (page.Count < CsvPage) yield break;
            after = (page[^1].Name, page[^1].ContactId);
        }
    }

    /// <summary>The consent records the snapshot shows and counts: opted in or out (not a possible opt-out, not none) on one of these lines.</summary>
    internal static IQueryable<ConsentRecord> OptedInOrOutOn(this IQueryable<ConsentRecord> records, IReadOnlyCollection<int> lineIds) =>
        records.Where(r => lineIds.Contains(r.LineId) && (r.Status == ConsentStatus.OptedIn || r.Status == ConsentStatus.OptedOut));

    private static IQueryable<Contact> OptedInOrOut(ConsentDbContext db, IReadOnlyCollection<int> lineIds)
    {
        var records = db.ConsentRecords.OptedInOrOutOn(lineIds);
        return db.Contacts.AsNoTracking().Where(c => records.Any(r => r.ContactId == c.Id));
    }

    /// <summary>The page's contacts, then their statuses on the chosen lines, in two queries.</summary>
    private static async Task<IReadOnlyList<SnapshotContact>> WithStatusesAsync(ConsentDbContext db, IReadOnlyCollection<int> lineIds, IQueryable<Contact> page, CancellationToken ct)
    {
        var contacts = await page.Select(c => new { c.Id, Name = c.Name ?? c.PhoneNumber, c.PhoneNumber }).ToListAsync(ct);
        var ids = contacts.Select(c => c.Id).ToList();
        var statuses = (await db.ConsentRecords.AsNoTracking().OptedInOrOutOn(lineIds)
                .Where(r => ids.Contains(r.ContactId))
                .Select(r => new { r.ContactId, r.LineId, r.Status }).ToListAsync(ct))
            .ToLookup(r => r.ContactId);
        return [.. contacts.Select(c => new SnapshotContact(c.Id, c.Name, c.PhoneNumber, statuses[c.Id].ToDictionary(s => s.LineId, s => s.Status)))];
    }
}
