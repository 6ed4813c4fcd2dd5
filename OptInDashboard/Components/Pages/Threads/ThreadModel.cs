using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Components.Pages.Threads;

/// <summary>What an advisor sees of one thread: the contact, the line, the consent on it and the messages.</summary>
public sealed record ThreadModel(Contact Contact, Line Line, ConsentStatus Status, DateTime? StatusSince, IReadOnlyList<Message> Messages, SendDecision Sending)
{
    /// <summary>The send gate's own answer for an advisor text now: where it refuses, the send icons are red and disabled.</summary>
    public bool SendingRefused => !Sending.Allowed;

    /// <summary>The attachment of each message that has one (an inbound MMS), without its bytes.</summary>
    public IReadOnlyDictionary<long, ThreadMedia> Media { get; init; } = new Dictionary<long, ThreadMedia>();

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
        var media = await db.MessageMedia.AsNoTracking()
            .Where(m => m.Message!.ContactId == contactId && m.Message.LineId == lineId)
            .Select(m => new ThreadMedia(m.Id, m.MessageId, m.Kind, m.Status, m.ContentType, m.FileName, m.FailureReason))
            .ToDictionaryAsync(m => m.MessageId);
        return new ThreadModel(contact, line, record?.Status ?? ConsentStatus.NotDefined, record?.Since, messages, sending) { Media = media };
    }
}

/// <summary>What a thread shows of an attachment: its kind and state, served by id from the media endpoint.</summary>
public sealed record ThreadMedia(long Id, long MessageId, MediaKind Kind, MediaFetchStatus Status, string? ContentType, string? FileName, string? FailureReason);
