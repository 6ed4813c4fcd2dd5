namespace OptInDashboard.Accounts;

/// <summary>
/// The staff roles, at the dealership a staff member is working in now (<see cref="StaffClaims"/>): a Manager is
/// also an Advisor, an Admin is all three. A group admin is Admin at every dealership of the group.
/// </summary>
public static class Roles
{
    public const string Advisor = "Advisor";
    public const string Manager = "Manager";
    public const string Admin = "Admin";
    public const string GroupAdmin = "GroupAdmin";

    /// <summary>Any of these lets a staff member in; someone with none (no role at the dealership) sees nothing.</summary>
    public static readonly string[] All = [Advisor, Manager, Admin];

    /// <summary>For [Authorize(Roles = ...)]: any staff member.</summary>
    public const string Staff = "Advisor,Manager,Admin";
    public const string ManagersAndAdmins = "Manager,Admin";
}
