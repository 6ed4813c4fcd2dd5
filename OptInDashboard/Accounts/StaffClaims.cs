using System.Globalization;
using System.Security.Claims;

namespace OptInDashboard.Accounts;

/// <summary>
/// What a signed-in staff member's cookie says beyond their name: the dealership they are working in now, their
/// group, and their roles there (<see cref="StaffClaimsPrincipalFactory"/> writes them at sign-in, on a switch of
/// dealership and whenever Identity revalidates the cookie).
/// </summary>
public static class StaffClaims
{
    public const string Dealership = "optin:dealership";
    public const string Group = "optin:group";

    public static int? DealershipOf(ClaimsPrincipal staff) => Number(staff, Dealership);

    public static int? GroupOf(ClaimsPrincipal staff) => Number(staff, Group);

    private static int? Number(ClaimsPrincipal staff, string type) =>
        int.TryParse(staff.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
