using System.Security.Claims;
using OptInDashboard.Accounts;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>Signed-in staff members for calling staff actions directly.</summary>
public static class Staff
{
    public static readonly ClaimsPrincipal Advisor = Member("advisor@demo.local", Roles.Advisor);
    public static readonly ClaimsPrincipal Manager = Member("manager@demo.local", Roles.Advisor, Roles.Manager);
    public static readonly ClaimsPrincipal Admin = Member("admin@demo.local", Roles.Advisor, Roles.Manager, Roles.Admin);

    private static ClaimsPrincipal Member(string name, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));
}
