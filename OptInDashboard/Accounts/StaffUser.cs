using Microsoft.AspNetCore.Identity;

namespace OptInDashboard.Accounts;

/// <summary>
/// A staff member: a sign-in of the dealer group, with a role at each dealership they work at
/// (<see cref="DealershipRole"/>), or at all of them as the group's admin.
/// </summary>
public class StaffUser : IdentityUser
{
    public int GroupId { get; set; }
    public DealerGroup? Group { get; set; }

    /// <summary>Admin of every dealership of the group, and the only one who manages the group's staff across dealerships.</summary>
    public bool IsGroupAdmin { get; set; }

    /// <summary>Set when an Admin deactivated the staff member: they cannot sign in, and open sessions end.</summary>
    public DateTime? DeactivatedAt { get; set; }

    public bool IsActive => DeactivatedAt is null;
}
