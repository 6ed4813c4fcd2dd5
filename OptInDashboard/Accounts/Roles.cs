namespace OptInDashboard.Accounts;

/// <summary>The three staff roles. A Manager is also an Advisor; an Admin is all three.</summary>
public static class Roles
{
    public const string Advisor = "Advisor";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    public static readonly string[] All = [Advisor, Manager, Admin];

    /// <summary>For [Authorize(Roles = ...)]: any staff member.</summary>
    public const string Staff = "Advisor,Manager,Admin";
    public const string ManagersAndAdmins = "Manager,Admin";
}
