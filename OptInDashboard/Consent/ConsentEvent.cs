using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// One row of the append-only consent ledger: what changed, why, and the evidence.
/// Rows are only ever added; <see cref="Data.ConsentDbContext"/> refuses to update or delete them.
/// </summary>
public class ConsentEvent
{
    public long Id { get; private set; }
    public int ContactId { get; private set; }
    public Contact? Contact { get; private set; }

    /// <summary>The line the change applies to; null for an account-wide event such as a block.</summary>
    public int? LineId { get; private set; }

    /// <summary>For a void or a review decision: the event it answers.</summary>
    public long? RelatedEventId { get; private set; }

    public ConsentStatus OldStatus { get; private set; }
    public ConsentStatus NewStatus { get; private set; }
    public ConsentCause Cause { get; private set; }

    /// <summary>The customer's message that caused the change, if any.</summary>
    public long? InboundMessageId { get; private set; }
    public string? EvidenceText { get; private set; }

    /// <summary>The keyword matched, for keyword causes.</summary>
    public string? Keyword { get; private set; }

    /// <summary>"customer", "simulator (typed by {staff user})", or the staff user name.</summary>
    public string Actor { get; private set; } = "";
    public string? Note { get; private set; }

    public string? ModelVersion { get; private set; }
    public double? ModelScore { get; private set; }
    public string? ModelTopFeatures { get; private set; }

    public DateTime OccurredAt { get; private set; }

    private ConsentEvent() { }

    internal ConsentEvent(int contactId, int? lineId, ConsentStatus oldStatus, ConsentStatus newStatus, ConsentEvidence evidence, DateTime occurredAt)
    {
        ContactId = contactId;
        LineId = lineId;
        OldStatus = oldStatus;
        NewStatus = newStatus;
        Cause = evidence.Cause;
        InboundMessageId = evidence.InboundMessageId;
        EvidenceText = evidence.Text;
        Keyword = evidence.Keyword;
        Actor = evidence.Actor;
        Note = evidence.Note;
        ModelVersion = evidence.ModelVersion;
        ModelScore = evidence.ModelScore;
        ModelTopFeatures = evidence.ModelTopFeatures;
        RelatedEventId = evidence.RelatedEventId;
        OccurredAt = occurredAt;
    }
}

/// <summary>What justifies a consent change. Evidence from an inbound text carries the message.</summary>
public sealed record ConsentEvidence(ConsentCause Cause, string Actor)
{
    public const string CustomerActor = "customer";
    public const string CarrierActor = "carrier";

    public long? InboundMessageId { get; init; }
    public string? Text { get; init; }
    public string? Keyword { get; init; }
    public string? Note { get; init; }
    public string? ModelVersion { get; init; }
    public double? ModelScore { get; init; }
    public string? ModelTopFeatures { get; init; }
    public long? RelatedEventId { get; init; }

    /// <summary>A text a staff member typed on the simulator, standing in for the customer's phone.</summary>
    public bool IsSimulated { get; private init; }

    /// <summary>
    /// The customer's own text, or in simulator mode the simulated phone's: the only evidence that opts in,
    /// opts out by keyword or model, or marks a possible opt-out. The actor says which it was.
    /// </summary>
    public bool IsFromCustomersPhone => InboundMessageId is not null && (Actor == CustomerActor || IsSimulated);

    public static string SimulatorActor(string typedBy) => $"simulator (typed by {typedBy})";

    /// <summary>Evidence from an inbound text: credited to the customer only if no staff member typed it.</summary>
    public static ConsentEvidence FromInbound(ConsentCause cause, Message inbound) =>
        inbound.SimulatedBy is { } typedBy
            ? new(cause, SimulatorActor(typedBy)) { InboundMessageId = inbound.Id, Text = inbound.Text, IsSimulated = true }
            : new(cause, CustomerActor) { InboundMessageId = inbound.Id, Text = inbound.Text };

    public static ConsentEvidence FromStaff(ConsentCause cause, string staffUser, string note) =>
        string.IsNullOrWhiteSpace(note)
            ? throw new ConsentRuleViolation("Say why: a staff consent action needs a note.")
            : new(cause, staffUser) { Note = note.Trim() };

    /// <summary>
    /// A provider's report that the number is opted out at the carrier or with the provider itself: its
    /// error (code, title, detail) is the evidence, and the rejected text is named in it.
    /// </summary>
    public static ConsentEvidence FromCarrier(string providerError) =>
        string.IsNullOrWhiteSpace(providerError)
            ? throw new ConsentRuleViolation("A carrier opt-out needs the provider's error as evidence.")
            : new(ConsentCause.Carrier, CarrierActor) { Text = providerError.Trim() };

    public static ConsentEvidence FromKeyword(long inboundMessageId, string text, string keyword) =>
        new(ConsentCause.Keyword, CustomerActor) { InboundMessageId = inboundMessageId, Text = text, Keyword = keyword };
}
