namespace OptInDashboard.Data;

/// <summary>A dealership of a dealer group: it owns lines, contacts, keywords, templates, groups and its settings.</summary>
public class Account
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public Accounts.DealerGroup? Group { get; set; }
    public required string Name { get; set; }

    /// <summary>Line: an opt-out applies to the line it arrived on. Account: to every line (the FCC's "revoke-all").</summary>
    public ConsentScope OptOutScope { get; set; } = ConsentScope.Line;
    public ConsentScope OptInScope { get; set; } = ConsentScope.Line;

    /// <summary>
    /// The dealership's IANA time zone: times on screen and a report's days are the dealership's, not UTC.
    /// A dealership set up before this setting existed starts on US Eastern until its Admin chooses.
    /// </summary>
    public string TimeZone { get; set; } = DealershipTime.DefaultTimeZone;
}

public enum ConsentScope
{
    Line = 0,
    Account = 1,
}
