namespace OptInDashboard.Consent;

/// <summary>A contact's consent on one line. "Not Defined" is the absence of any record, so it is not stored.</summary>
public enum ConsentStatus
{
    NotDefined = 0,
    OptedIn = 1,
    OptedOut = 2,
    PossibleOptOut = 3,
}

/// <summary>Why a ledger row was written.</summary>
public enum ConsentCause
{
    Keyword = 1,
    IntentModel = 2,
    StaffOnBehalf = 3,
    Block = 4,
    Unblock = 5,
    Void = 6,
    ReviewDecision = 7,
    /// <summary>The carrier or Vonage refused a text because the number opted out there (a STOP they hold, not one we saw).</summary>
    Carrier = 8,
}

public static class ConsentStatusText
{
    public static string Describe(this ConsentStatus status) => status switch
    {
        ConsentStatus.OptedIn => "Opted in",
        ConsentStatus.OptedOut => "Opted out",
        ConsentStatus.PossibleOptOut => "Possible opt-out",
        _ => "Not Defined",
    };
}

public static class ConsentCauseText
{
    /// <summary>Why a ledger row was written, in the words a manager uses.</summary>
    public static string Describe(this ConsentCause cause) => cause switch
    {
        ConsentCause.Keyword => "Customer texted a keyword",
        ConsentCause.IntentModel => "Customer's wording",
        ConsentCause.StaffOnBehalf => "Recorded by staff for the customer",
        ConsentCause.Block => "Blocked by a manager",
        ConsentCause.Unblock => "Unblocked by a manager",
        ConsentCause.Void => "Staff opt-out voided",
        ConsentCause.ReviewDecision => "Manager's review decision",
        ConsentCause.Carrier => "Opted out at the carrier",
        _ => "Other",
    };
}
