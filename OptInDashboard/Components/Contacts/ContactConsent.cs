using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Components.Contacts;

/// <summary>One contact's consent as staff see it: the status on every line of the account ("Not Defined" where there is no record), the block flag, groups and tags.</summary>
public sealed record ContactConsent(Contact Contact, IReadOnlyList<LineConsent> Lines, IReadOnlyList<string> Groups, IReadOnlyList<string> Tags)
{
    public static async Task<ContactConsent?> LoadAsync(ConsentDbContext db, int contactId, CancellationToken ct = default)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, ct);
        if (contact is null) return null;
        var lines = await (from l in db.Lines.AsNoTracking()
                           where l.AccountId == contact.AccountId
                           orderby l.Id
                           join r in db.ConsentRecords.Where(r => r.ContactId == contactId) on l.Id equals r.LineId into records
                           from r in records.DefaultIfEmpty()
                           select new LineConsent(l.Id, l.Name, r == null ? ConsentStatus.NotDefined : r.Status, r == null ? null : r.ChangedAt))
                          .ToListAsync(ct);
        var groups = await (from m in db.GroupMembers
                            join g in db.Groups on m.GroupId equals g.Id
                            where m.ContactId == contactId
                            orderby g.Name
                            select g.Name).ToListAsync(ct);
        var tags = await db.ContactTags.Where(t => t.ContactId == contactId).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(ct);
        return new ContactConsent(contact, lines, groups, tags);
    }
}

/// <summary>A contact's status on one line; <paramref name="Since"/> is null where no change was ever recorded.</summary>
public sealed record LineConsent(int LineId, string LineName, ConsentStatus Status, DateTime? Since);
