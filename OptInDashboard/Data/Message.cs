using OptInDashboard.Consent;

namespace OptInDashboard.Data;

/// <summary>One text in a thread (a contact on a line), in either direction.</summary>
public class Message
{
    public long Id { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public int LineId { get; set; }
    public Line? Line { get; set; }

    public MessageDirection Direction { get; set; }
    public required string Text { get; set; }
    public MessageStatus Status { get; set; }

    /// <summary>Why a send was refused or failed, in words an advisor understands.</summary>
    public string? StatusReason { get; set; }

    /// <summary>The provider's id: inbound, the id it delivered; outbound, the id it gave on accepting.</summary>
    public string? ProviderMessageId { get; set; }

    /// <summary>Set when this inbound text changed consent, so the thread flags it red or green.</summary>
    public ConsentStatus? ConsentEffect { get; set; }

    public MessageSender Sender { get; set; }

    /// <summary>Which automatic consent reply this is, if any: these are the only texts the gate lets through to an opted-out contact.</summary>
    public AutoReply? AutoReply { get; set; }

    /// <summary>
    /// The staff member who typed this text (user name): an advisor's outbound text, or an inbound text
    /// typed on the simulator. Null for a customer's real text and for automatic replies.
    /// </summary>
    public string? SentBy { get; set; }

    /// <summary>
    /// The provider refused this text because the number is opted out with the carrier or the provider:
    /// a consent refusal like Blocked, reported after the send instead of decided before it.
    /// </summary>
    public bool RefusedForConsent { get; set; }

    /// <summary>For an inbound text typed on the simulator, who typed it; null for a text the customer sent.</summary>
    public string? SimulatedBy => Direction == MessageDirection.Inbound ? SentBy : null;

    public DateTime CreatedAt { get; set; }

    /// <summary>A queued marketing text held for the recipient's quiet hours or a frequency cap: not sent before this.</summary>
    public DateTime? HeldUntil { get; set; }

    /// <summary>When the dispatcher handed it to the provider: what the frequency caps count.</summary>
    public DateTime? SentAt { get; set; }
    public DateTime? UpdatedAt { get; set; }

    /// <summary>
    /// For a queued text, the trace it was queued in (W3C traceparent): its send, by whichever instance drains the
    /// outbox and however much later, continues that trace, so a STOP's webhook and its confirmation's send are one.
    /// </summary>
    public string? TraceParent { get; set; }

    /// <summary>
    /// Only an advisor's text that failed for a reason other than consent may go out again. One refused
    /// for consent (Blocked by our gate, or refused as opted out by the carrier) never does: the customer
    /// said stop, and a later opt-in does not revive a text written before it.
    /// </summary>
    public bool IsRetryable => Direction == MessageDirection.Outbound && Sender == MessageSender.Staff
        && Status == MessageStatus.Failed && !RefusedForConsent;

    public bool WasRefusedForConsent => Status == MessageStatus.Blocked || RefusedForConsent;
}

public enum MessageDirection
{
    Inbound = 1,
    Outbound = 2,
}

public enum MessageSender
{
    Customer = 1,
    Staff = 2,
    System = 3,
}

public enum AutoReply
{
    OptOutConfirmation = 1,
    OptInConfirmation = 2,
    StillOptedOut = 3,
    Help = 4,
    GroupWelcome = 5,
    GroupLeft = 6,
    /// <summary>The opt-in confirmation of a marketing line, as CTIA asks: program, frequency, rates, HELP and STOP.</summary>
    MarketingOptInConfirmation = 7,
}

public static class AutoReplyText
{
    public static string Describe(this AutoReply kind) => kind switch
    {
        AutoReply.OptOutConfirmation => "Opt-out confirmation",
        AutoReply.OptInConfirmation => "Opt-in confirmation",
        AutoReply.StillOptedOut => "Still opted out (at most once a day)",
        AutoReply.Help => "Help",
        AutoReply.GroupWelcome => "Group welcome",
        AutoReply.GroupLeft => "Group left",
        AutoReply.MarketingOptInConfirmation => "Opt-in confirmation on a marketing line",
        _ => "Automatic reply",
    };
}

public enum MessageStatus
{
    /// <summary>Inbound text, stored.</summary>
    Received = 1,
    /// <summary>Outbound text waiting in the outbox for the dispatcher.</summary>
    Queued = 2,
    /// <summary>Claimed by a dispatcher and handed to the provider; no other dispatcher may send it.</summary>
    Sending = 7,
    Sent = 3,
    Delivered = 4,
    Failed = 5,
    /// <summary>Refused by the consent gate: never sent.</summary>
    Blocked = 6,
}
