using OptInDashboard.Consent;

namespace OptInDashboard.Data;

/// <summary>A customer of the dealership, known by phone number.</summary>
public class Contact
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }

    /// <summary>E.164, e.g. +15551234567.</summary>
    public required string PhoneNumber { get; set; }
    public string? Name { get; set; }

    /// <summary>The US state the customer lives in (postal code, "FL"), when known: its texting law and time zone apply.</summary>
    public string? State { get; set; }

    /// <summary>The customer's own IANA time zone, overriding what their state and number suggest.</summary>
    public string? TimeZone { get; set; }

    /// <summary>A Manager's block: nothing reaches the contact from any line, whatever the consent underneath.</summary>
    public bool IsBlocked { get; private set; }

    /// <summary>Blocks the contact on every line; returns the account-wide ledger row.</summary>
    public ConsentEvent Block(ConsentEvidence evidence, DateTime at)
    {
        if (IsBlocked) throw new ConsentRuleViolation($"{DisplayName} is already blocked.");
        if (evidence.Cause != ConsentCause.Block) throw new ConsentRuleViolation("A block needs block evidence.");
        IsBlocked = true;
        return new ConsentEvent(Id, lineId: null, ConsentStatus.NotDefined, ConsentStatus.NotDefined, evidence, at);
    }

    /// <summary>Lifts the block. The consent underneath is untouched, so an opt-out still stands.</summary>
    public ConsentEvent Unblock(ConsentEvidence evidence, DateTime at)
    {
        if (!IsBlocked) throw new ConsentRuleViolation($"{DisplayName} is not blocked.");
        if (evidence.Cause != ConsentCause.Unblock) throw new ConsentRuleViolation("An unblock needs unblock evidence.");
        IsBlocked = false;
        return new ConsentEvent(Id, lineId: null, ConsentStatus.NotDefined, ConsentStatus.NotDefined, evidence, at);
    }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? PhoneNumber : Name;
}
