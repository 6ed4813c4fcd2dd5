using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>A list customers join and leave by text (defaults JOIN and LEAVE). Membership never overrides a line opt-out.</summary>
public class Group
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string Name { get; set; }
}

public class GroupMember
{
    public int GroupId { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public DateTime JoinedAt { get; set; }
}

/// <summary>A label on a contact, such as "left: Service specials".</summary>
public class ContactTag
{
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public required string Name { get; set; }
    public DateTime TaggedAt { get; set; }
}
