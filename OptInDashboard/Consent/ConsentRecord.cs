namespace OptInDashboard.Consent;

/// <summary>
/// The current consent of one contact on one line: a projection of the ledger, changed only through
/// these transitions, each of which returns the ledger row to store in the same transaction.
/// </summary>
public class ConsentRecord
{
    public int Id { get; private set; }
    public int ContactId { get; private set; }
    public Data.Contact? Contact { get; private set; }
    public int LineId { get; private set; }
    public ConsentStatus Status { get; private set; }
    public DateTime Since { get; private set; }

    /// <summary>
    /// When the status last changed; null while no change has touched the record (an ordinary text creates
    /// one), which reads like no record at all: "Not Defined", with no date.
    /// </summary>
    public DateTime? ChangedAt => Version == 0 ? null : Since;

    /// <summary>Optimistic concurrency: two writers of the same record cannot both win.</summary>
    public int Version { get; private set; }

    private ConsentRecord() { }

    public ConsentRecord(int contactId, int lineId)
    {
        ContactId = contactId;
        LineId = lineId;
        Status = ConsentStatus.NotDefined;
    }

    public bool IsOptedOut => Status == ConsentStatus.OptedOut;

    /// <summary>
    /// The customer said stop (keyword, or the model sure enough), staff recorded it on their behalf, or the
    /// carrier or provider refused a text because the number is opted out there; or a manager confirmed a possible
    /// opt-out on another line, which this opt-out's scope reaches.
    /// </summary>
    public ConsentEvent OptOut(ConsentEvidence evidence, DateTime at)
    {
        var allowed = evidence.Cause switch
        {
            ConsentCause.Keyword or ConsentCause.IntentModel => evidence.IsFromCustomersPhone,
            ConsentCause.StaffOnBehalf => !string.IsNullOrWhiteSpace(evidence.Note),
            ConsentCause.Carrier => evidence.Actor == ConsentEvidence.CarrierActor && !string.IsNullOrWhiteSpace(evidence.Text),
            ConsentCause.ReviewDecision => evidence.RelatedEventId is not null && !string.IsNullOrWhiteSpace(evidence.Note),
            _ => false,
        };
        if (!allowed)
            throw new ConsentRuleViolation("An opt-out needs the customer's message, a staff member's note recording it on their behalf, the carrier's refusal, or a manager's confirmed review.");
        return MoveTo(ConsentStatus.OptedOut, evidence, at);
    }

    /// <summary>
    /// Only the customer opts in: the evidence must be their own inbound message (in simulator mode, the
    /// simulated phone's, which the ledger records as typed by the staff member, never as the customer).
    /// </summary>
    public ConsentEvent OptIn(ConsentEvidence evidence, DateTime at)
    {
        if (!evidence.IsFromCustomersPhone || evidence.Cause is not (ConsentCause.Keyword or ConsentCause.IntentModel))
            throw new ConsentRuleViolation("Only the customer can opt in, by their own message.");
        return MoveTo(ConsentStatus.OptedIn, evidence, at);
    }

    /// <summary>The model thinks the customer may have said stop: sending pauses until a manager decides.</summary>
    public ConsentEvent MarkPossibleOptOut(ConsentEvidence evidence, DateTime at)
    {
        if (!evidence.IsFromCustomersPhone || evidence.Cause != ConsentCause.IntentModel)
            throw new ConsentRuleViolation("Only the intent model, on the customer's message, marks a possible opt-out.");
        if (IsOptedOut)
            throw new ConsentRuleViolation("The contact is already opted out.");
        return MoveTo(ConsentStatus.PossibleOptOut, evidence, at);
    }

    /// <summary>A manager's decision on a possible opt-out: confirm it, or restore the status it interrupted.</summary>
    public ConsentEvent DecideReview(ConsentEvent flagged, bool confirmOptOut, ConsentEvidence decision, DateTime at)
    {
        if (Status != ConsentStatus.PossibleOptOut || flagged.NewStatus != ConsentStatus.PossibleOptOut || !IsAbout(flagged))
            throw new ConsentRuleViolation("There is no possible opt-out under review here.");
        if (decision.Cause != ConsentCause.ReviewDecision || string.IsNullOrWhiteSpace(decision.Note))
            throw new ConsentRuleViolation("A review decision needs the manager's reason.");
        return MoveTo(confirmOptOut ? ConsentStatus.OptedOut : flagged.OldStatus, decision with { RelatedEventId = flagged.Id }, at);
    }

    /// <summary>
    /// A manager takes back a staff-recorded opt-out entered by mistake: the status goes back to what it was.
    /// A customer's own opt-out can never be voided, and nothing may have changed since.
    /// </summary>
    public ConsentEvent Void(ConsentEvent staffOptOut, ConsentEvidence decision, DateTime at)
    {
        if (staffOptOut.Cause != ConsentCause.StaffOnBehalf || staffOptOut.NewStatus != ConsentStatus.OptedOut)
            throw new ConsentRuleViolation("Only an opt-out recorded by staff on the customer's behalf can be voided; a customer's own opt-out stands.");
        if (!IsAbout(staffOptOut) || !IsOptedOut)
            throw new ConsentRuleViolation("That opt-out is no longer the current status, so it cannot be voided.");
        if (decision.Cause != ConsentCause.Void || string.IsNullOrWhiteSpace(decision.Note))
            throw new ConsentRuleViolation("Voiding needs the manager's reason.");
        return MoveTo(staffOptOut.OldStatus, decision with { RelatedEventId = staffOptOut.Id }, at);
    }

    private bool IsAbout(ConsentEvent change) => change.ContactId == ContactId && change.LineId == LineId;

    private ConsentEvent MoveTo(ConsentStatus status, ConsentEvidence evidence, DateTime at)
    {
        var change = new ConsentEvent(ContactId, LineId, Status, status, evidence, at);
        Status = status;
        Since = at;
        Version++;
        return change;
    }
}
