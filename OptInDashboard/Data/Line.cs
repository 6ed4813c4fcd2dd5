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
}
