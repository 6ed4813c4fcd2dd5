using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Components.Pages.Threads;

/// <summary>
/// What an advisor sees of one thread: the contact, the line, the consent on it and the messages.
/// Everything here is derived from the stored state when the thread is loaded, so reloading it after
/// any change (an opt-in, a manager's decision) is enough to bring every warning and label up to date.
/// </summary>
public sealed record ThreadModel(Contact Contact, Line Line, ConsentStatus Status, DateTime? StatusSince, IReadOnlyList<Message> Messages, SendDecision Sending)
{
    /// <summary>Manager decisions on this thread's possible opt-outs, by the flagged inbound message.</summary>
    public IReadOnlyDictionary<long, ConsentStatus> ReviewDecisions { get; init; } = new Dictionary<long, ConsentStatus>();

    public ThreadKey Key => new(Contact.Id, Line.Id);

    /// <summary>The send gate's own answer for an advisor text now: where it refuses, the send icons are red and disabled.</summary>
    public bool SendingRefused => !Sending.Allowed;

    /// <summary>Why the send button is disabled, in the words its accessible name gives; null while sending is allowed.</summary>
    public string? SendDisabledReason => !SendingRefused ? null
        : Contact.IsBlocked ? "a manager blocked this contact"
        : Status == ConsentStatus.OptedOut ? "the customer opted out of this line"
        : Status == ConsentStatus.PossibleOptOut ? "a possible opt-out is under review"
        : Line.Purpose == LinePurpose.Marketing ? "the customer has not given written consent to marketing on this line"
        : "the send gate refuses texts to this customer";

    /// <summary>
    /// Why the advisor's latest text here was not sent, while the gate still refuses: once the customer
    /// can be reached again (opted back in, review dismissed, unblocked) there is nothing left to warn about.
    /// </summary>
    public string? NotSentReason =>
        SendingRefused && Messages.LastOrDefault(m => m.Sender == MessageSender.Staff) is { Status: MessageStatus.Blocked } refused
            ? refused.StatusReason
            : null;

    public MessageFlag FlagOf(Message message) => message.ConsentEffect switch
    {
        ConsentStatus.OptedOut => MessageFlag.OptOut,
        ConsentStatus.OptedIn => MessageFlag.OptIn,
        ConsentStatus.PossibleOptOut => ReviewDecisions.TryGetValue(message.Id, out var decided)
            ? decided == ConsentStatus.OptedOut ? MessageFlag.ReviewConfirmed : MessageFlag.ReviewDismissed
            // Only the latest flag can be pending: a line under review is not flagged again.
            : Status == ConsentStatus.PossibleOptOut && message.Id == Messages.LastOrDefault(m => m.ConsentEffect == ConsentStatus.PossibleOptOut)?.Id
                ? MessageFlag.UnderReview
                : MessageFlag.ReviewOvertaken,
        _ => MessageFlag.None,
    };

    /// <summary>The attachment of each message that has one (an inbound MMS), without its bytes.</summary>
    public IReadOnlyDictionary<long, ThreadMedia> Media { get; init; } = new Dictionary<long, ThreadMedia>();

    /// <summary>How many of the newest messages a thread shows at first; older ones come on request.</summary>
    public const int NewestShown = 100;

    /// <summary>True when the thread holds messages older than those loaded.</summary>
    public bool HasEarlier { get; init; }

    public static async Task<ThreadModel?> LoadAsync(ConsentDbContext db, int contactId, int lineId, int newest = NewestShown)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId);
        var line = await db.Lines.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lineId);
        if (contact is null || line is null) return null;
        var record = await db.ConsentRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ContactId == contactId && r.LineId == lineId);
        // The newest first, one more than shown to learn whether older ones exist; then in reading order.
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.ContactId == contactId && m.LineId == lineId)
            .OrderByDescending(m => m.Id)
            .Take(newest + 1)
            .ToListAsync();
        var hasEarlier = messages.Count > newest;
        if (hasEarlier) messages.RemoveAt(newest);
        messages.Reverse();
        var oldestShown = messages.Count > 0 ? messages[0].Id : 0;
        // Only whether a send is refused is read here; a text held for quiet hours is shown on its own bubble.
        var sending = await SendGate.DecideAsync(db, contactId, lineId, autoReply: null, DateTime.UtcNow);
        var media = await db.MessageMedia.AsNoTracking()
            .Where(m => m.Message!.ContactId == contactId && m.Message.LineId == lineId && m.MessageId >= oldestShown)
            .Select(m => new ThreadMedia(m.Id, m.MessageId, m.Kind, m.Status, m.ContentType, m.FileName, m.FailureReason))
            .ToDictionaryAsync(m => m.MessageId);
        return new ThreadModel(contact, line, record?.Status ?? ConsentStatus.NotDefined, record?.ChangedAt, messages, sending)
        {
            ReviewDecisions = await ReviewDecisionsAsync(db, contactId, lineId),
            HasEarlier = hasEarlier,
            Media = media,
        };
    }

    private static async Task<Dictionary<long, ConsentStatus>> ReviewDecisionsAsync(ConsentDbContext db, int contactId, int lineId)
    {
        var decisions = await (from flag in db.ConsentEvents.AsNoTracking()
                               where flag.ContactId == contactId && flag.LineId == lineId
                                     && flag.NewStatus == ConsentStatus.PossibleOptOut && flag.InboundMessageId != null
                               join decision in db.ConsentEvents.Where(d => d.Cause == ConsentCause.ReviewDecision) on (long?)flag.Id equals decision.RelatedEventId
                               select new { MessageId = flag.InboundMessageId!.Value, decision.NewStatus }).ToListAsync();
        return decisions.DistinctBy(d => d.MessageId).ToDictionary(d => d.MessageId, d => d.NewStatus);
    }
}

/// <summary>What a thread shows of an attachment: its kind and state, served by id from the media endpoint.</summary>
public sealed record ThreadMedia(long Id, long MessageId, MediaKind Kind, MediaFetchStatus Status, string? ContentType, string? FileName, string? FailureReason);
