using System.Globalization;
using System.Security.Claims;
using OptInDashboard.Accounts;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>
/// Signed-in staff members for calling staff actions directly, with the claims the sign-in cookie carries (their
/// dealership, group and roles there). The demo seeds its group and Riverside Motors first, then Lakeside Motors, so
/// in every test database they are group 1 and dealerships 1 and 2 (DemoSeedTests checks it).
/// </summary>
public static class Staff
{
    public const int DemoGroup = 1;
    public const int Riverside = 1;
    public const int Lakeside = 2;

    public static readonly ClaimsPrincipal Advisor = Member("advisor@demo.local", Riverside, Roles.Advisor);
    public static readonly ClaimsPrincipal Manager = Member("manager@demo.local", Riverside, Roles.Advisor, Roles.Manager);
    public static readonly ClaimsPrincipal Admin = Member("admin@demo.local", Riverside, Roles.Advisor, Roles.Manager, Roles.Admin);
    public static readonly ClaimsPrincipal LakesideAdvisor = Member("advisor@lakeside.demo.local", Lakeside, Roles.Advisor);
    public static readonly ClaimsPrincipal LakesideManager = Member("manager@lakeside.demo.local", Lakeside, Roles.Advisor, Roles.Manager);
    public static readonly ClaimsPrincipal LakesideAdmin = Member("admin@lakeside.demo.local", Lakeside, Roles.Advisor, Roles.Manager, Roles.Admin);
    public static readonly ClaimsPrincipal GroupAdmin = Member("groupadmin@demo.local", Riverside, Roles.Advisor, Roles.Manager, Roles.Admin, Roles.GroupAdmin);

    public static ClaimsPrincipal Member(string name, int dealership, params string[] roles) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, name),
            new Claim(StaffClaims.Dealership, dealership.ToString(CultureInfo.InvariantCulture)),
            new Claim(StaffClaims.Group, DemoGroup.ToString(CultureInfo.InvariantCulture)),
            .. roles.Select(r => new Claim(ClaimTypes.Role, r)),
        ], "test"));
}
