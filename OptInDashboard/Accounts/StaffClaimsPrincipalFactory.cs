using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OptInDashboard.Accounts;

/// <summary>
/// Writes into the cookie the dealership the staff member works in now (the one they chose, else the first) and
/// their roles there; a group admin is Admin at every dealership of the group. Identity calls this at sign-in, on a
/// switch of dealership, and when it revalidates the cookie, so a role changed by an Admin reaches the cookie then.
/// </summary>
internal sealed class StaffClaimsPrincipalFactory(UserManager<StaffUser> users, IOptions<IdentityOptions> options, StaffAccess access, IHttpContextAccessor http)
    : UserClaimsPrincipalFactory<StaffUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var dealerships = await access.DealershipsOfAsync(user);
        var chosen = DealershipChoice.Read(http.HttpContext);
        if ((dealerships.FirstOrDefault(d => d.Id == chosen) ?? dealerships.FirstOrDefault()) is not { } current) return identity;

        identity.AddClaim(new Claim(StaffClaims.Group, user.GroupId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(StaffClaims.Dealership, current.Id.ToString(CultureInfo.InvariantCulture)));
        var roleClaim = Options.ClaimsIdentity.RoleClaimType;
        foreach (var role in current.Level.Roles()) identity.AddClaim(new Claim(roleClaim, role));
        if (user.IsGroupAdmin) identity.AddClaim(new Claim(roleClaim, Roles.GroupAdmin));
        return identity;
    }
}
