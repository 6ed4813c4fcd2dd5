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

    /// <summary>A Manager's block: nothing reaches the contact from any line, whatever the consent underneath.</summary>
    public bool IsBlocked { get; set; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? PhoneNumber : Name;
}
