namespace OptInDashboard.Consent;

/// <summary>
/// The current consent of one contact on one line: a projection of the ledger, changed only through
/// these transitions, each of which returns the ledger row to store in the same transaction.
/// </summary>
public class ConsentRecord
{
    public int Id { get; private set; }
    public int ContactId { get; private set; }
    public int LineId { get; private set; }
    public ConsentStatus Status { get; private set; }
    public DateTime Since { get; private set; }

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

    public ConsentEvent OptOut(ConsentEvidence evidence, DateTime at)
    {
        if (evidence.Cause is ConsentCause.Block or ConsentCause.Unblock or ConsentCause.Void)
            throw new ConsentRuleViolation($"{evidence.Cause} is not a reason to opt out.");
        if (!evidence.IsFromCustomer && evidence.Cause != ConsentCause.StaffOnBehalf && evidence.Cause != ConsentCause.ReviewDecision)
            throw new ConsentRuleViolation("An opt-out needs the customer's message or a staff member recording it on their behalf.");
        return MoveTo(ConsentStatus.OptedOut, evidence, at);
    }

    /// <summary>Only the customer opts in: the evidence must be their own inbound message.</summary>
    public ConsentEvent OptIn(ConsentEvidence evidence, DateTime at)
    {
        if (!evidence.IsFromCustomer || evidence.Cause is not (ConsentCause.Keyword or ConsentCause.IntentModel))
            throw new ConsentRuleViolation("Only the customer can opt in, by their own message.");
        return MoveTo(ConsentStatus.OptedIn, evidence, at);
    }

    private ConsentEvent MoveTo(ConsentStatus status, ConsentEvidence evidence, DateTime at)
    {
        var change = new ConsentEvent(ContactId, LineId, Status, status, evidence, at);
        Status = status;
        Since = at;
        Version++;
        return change;
    }
}
