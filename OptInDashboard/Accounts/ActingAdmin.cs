using System.Security.Claims;
using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

/// <summary>
/// An Admin making a change to the dealership they are working in: who, where, and the record of what they did
/// (<see cref="AdminChange"/>), written in the change's own transaction.
/// </summary>
public sealed record ActingAdmin(string Name, int DealershipId, int GroupId)
{
    /// <summary>Null unless <paramref name="staff"/> is an Admin at a dealership (the caller refuses in its own words).</summary>
    public static ActingAdmin? Of(ClaimsPrincipal staff) =>
        staff.IsInRole(Roles.Admin) && staff.Identity?.Name is { Length: > 0 } name
            && StaffClaims.DealershipOf(staff) is { } dealership && StaffClaims.GroupOf(staff) is { } group
            ? new ActingAdmin(name, dealership, group)
            : null;

    public void Record(ConsentDbContext db, AdminChangeSubject subject, string summary, DateTime at) =>
        db.AdminChanges.Add(new AdminChange(GroupId, DealershipId, subject, Name, summary, at));
}
