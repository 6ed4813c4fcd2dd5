using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;

namespace OptInDashboard.Data;

/// <summary>
/// Where every <see cref="ConsentDbContext"/> comes from, and which dealership it sees: a staff member's context
/// sees the dealership they are working in now and nothing of any other; the app's own work (webhooks, the outbox,
/// start-up, background jobs) sees every dealership and keeps them apart by line and contact.
/// Pages get staff contexts without asking, through <see cref="IDbContextFactory{TContext}"/>.
/// </summary>
public sealed class DealershipDb(Func<ConsentDbContext> newContext)
{
    public ConsentDbContext ForEveryDealership()
    {
        var db = newContext();
        db.SeeEveryDealership();
        return db;
    }

    /// <summary>
    /// One dealership's view, for a staff member's work across the dealerships <see cref="StaffAccess"/> lists for
    /// them (the group's snapshot): each is read through its own wall.
    /// </summary>
    public ConsentDbContext ForDealership(int dealershipId)
    {
        var db = newContext();
        db.SeeOnly(dealershipId, groupId: 0);
        return db;
    }

    /// <summary>A signed-in staff member's view; someone with no dealership sees no dealership's rows.</summary>
    public ConsentDbContext For(ClaimsPrincipal staff)
    {
        var db = newContext();
        db.SeeOnly(StaffClaims.DealershipOf(staff) ?? 0, staff.IsInRole(Roles.GroupAdmin) ? StaffClaims.GroupOf(staff) ?? 0 : 0);
        return db;
    }
}

/// <summary>The signed-in staff member of this request or circuit (<see cref="CurrentStaffExtensions"/> sets it).</summary>
public sealed class CurrentStaff
{
    public ClaimsPrincipal Principal { get; set; } = new();
}

/// <summary>The contexts pages and endpoints get: walled to the current staff member's dealership.</summary>
internal sealed class StaffDbContextFactory(DealershipDb databases, CurrentStaff staff) : IDbContextFactory<ConsentDbContext>
{
    public ConsentDbContext CreateDbContext() => databases.For(staff.Principal);
}
