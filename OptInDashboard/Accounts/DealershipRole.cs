using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

/// <summary>What a staff member may do at one dealership. Each level includes the ones below it.</summary>
public enum StaffLevel
{
    Advisor = 1,
    Manager = 2,
    Admin = 3,
}

/// <summary>A staff member's role at one dealership of their group.</summary>
public class DealershipRole
{
    public required string UserId { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public StaffLevel Level { get; set; }
}

public static class StaffLevels
{
    /// <summary>The role names a level grants, as [Authorize(Roles = …)] and IsInRole read them.</summary>
    public static IReadOnlyList<string> Roles(this StaffLevel level) => level switch
    {
        StaffLevel.Admin => [Accounts.Roles.Advisor, Accounts.Roles.Manager, Accounts.Roles.Admin],
        StaffLevel.Manager => [Accounts.Roles.Advisor, Accounts.Roles.Manager],
        _ => [Accounts.Roles.Advisor],
    };

    public static string Describe(this StaffLevel level) => level.ToString();
}
