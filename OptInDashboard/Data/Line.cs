namespace OptInDashboard.Data;

/// <summary>A sending phone number of the dealership, such as "Service" or "Marketing".</summary>
public class Line
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public required string Name { get; set; }

    /// <summary>E.164, e.g. +15550100001.</summary>
    public required string PhoneNumber { get; set; }

    /// <summary>The carrier already confirms standard STOP keywords, so we must not send a second confirmation.</summary>
    public bool CarrierConfirmsStop { get; set; }

    /// <summary>What the line's texts are for: marketing needs the customer's prior express written consent, informational texts do not.</summary>
    public LinePurpose Purpose { get; set; } = LinePurpose.Informational;
}

/// <summary>
/// Informational texts (repair status, a reminder of a booked appointment) need no consent on record and stop at any
/// opt-out. Marketing texts need prior express written consent (the TCPA, 47 CFR 64.1200(a)(2) and (f)(9); Florida's
/// FTSA, Fla. Stat. 501.059): the customer's keyword opt-in on the line, or consent imported with its evidence.
/// </summary>
public enum LinePurpose
{
    Informational = 0,
    Marketing = 1,
}
