using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Components.Pages.Threads;

/// <summary>What an advisor sees of one thread: the contact, the line, the consent on it and the messages.</summary>
public sealed record ThreadModel(Contact Contact, Line Line, ConsentStatus Status, DateTime? StatusSince, IReadOnlyList<Message> Messages)
{
    /// <summary>Sending is refused (and the send icons are red) while the contact is opted out, paused for review or blocked.</summary>
    public bool SendingRefused => Contact.IsBlocked || Status is ConsentStatus.OptedOut or ConsentStatus.PossibleOptOut;

    public static async Task<ThreadModel?> LoadAsync(ConsentDbContext db, int contactId, int lineId)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId);
        var line = await db.Lines.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lineId);
        if (contact is null || line is null) return null;
        var record = await db.ConsentRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ContactId == contactId && r.LineId == lineId);
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.ContactId == contactId && m.LineId == lineId)
            .OrderBy(m => m.Id)
            .ToListAsync();
        return new ThreadModel(contact, line, record?.Status ?? ConsentStatus.NotDefined, record?.Since, messages);
    }
}
