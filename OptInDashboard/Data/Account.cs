namespace OptInDashboard.Data;

/// <summary>A dealership: it owns lines, contacts and the consent scope settings.</summary>
public class Account
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Line: an opt-out applies to the line it arrived on. Account: to every line (the FCC's "revoke-all").</summary>
    public ConsentScope OptOutScope { get; set; } = ConsentScope.Line;
    public ConsentScope OptInScope { get; set; } = ConsentScope.Line;
}

public enum ConsentScope
{
    Line = 0,
    Account = 1,
}
