using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Components.Pages.Threads;

/// <summary>What an advisor sees of one thread: the contact, the line, the consent on it and the messages.</summary>
public sealed record ThreadModel(Contact Contact, Line Line, ConsentStatus Status, DateTime? StatusSince, IReadOnlyList<Message> Messages, SendDecision Sending)
{
    /// <summary>The send gate's own answer for an advisor text now: where it refuses, the send icons are red and disabled.</summary>
    public bool SendingRefused => !Sending.Allowed;

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
        var sending = await SendGate.DecideAsync(db, contactId, lineId, autoReply: null);
        return new ThreadModel(contact, line, record?.Status ?? ConsentStatus.NotDefined, record?.Since, messages, sending);
    }
}
