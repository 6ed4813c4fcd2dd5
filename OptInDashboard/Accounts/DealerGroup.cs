namespace OptInDashboard.Accounts;

/// <summary>A dealer group: one owner's dealerships (5 to 50 rooftops) and the staff who work at them.</summary>
public class DealerGroup
{
    public int Id { get; set; }
    public required string Name { get; set; }
}
