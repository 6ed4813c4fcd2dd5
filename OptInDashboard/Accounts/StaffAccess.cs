using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

/// <summary>A dealership a staff member may work at, with their level there.</summary>
public sealed record StaffDealership(int Id, string Name, StaffLevel Level);

/// <summary>Which dealerships of their group a staff member works at: all of them, as Admin, for a group admin.</summary>
public sealed class StaffAccess(DealershipDb databases)
{
    public async Task<IReadOnlyList<StaffDealership>> DealershipsOfAsync(StaffUser user, CancellationToken ct = default)
    {
        if (!user.IsActive) return [];
        await using var db = databases.ForEveryDealership();
        var dealerships = user.IsGroupAdmin
            ? await db.Accounts.Where(a => a.GroupId == user.GroupId).Select(a => new StaffDealership(a.Id, a.Name, StaffLevel.Admin)).ToListAsync(ct)
            : await db.DealershipRoles.Where(r => r.UserId == user.Id && r.Account!.GroupId == user.GroupId)
                .Select(r => new StaffDealership(r.AccountId, r.Account!.Name, r.Level)).ToListAsync(ct);
        return [.. dealerships.OrderBy(d => d.Name, StringComparer.CurrentCulture).ThenBy(d => d.Id)];
    }

    /// <summary>The dealerships whose reports the staff member may read: where they are Manager or Admin.</summary>
    public async Task<IReadOnlyList<StaffDealership>> ManagedByAsync(StaffUser user, CancellationToken ct = default) =>
        [.. (await DealershipsOfAsync(user, ct)).Where(d => d.Level >= StaffLevel.Manager)];

    /// <summary>
    /// For components: the signed-in staff member read through a context of its own, not the circuit's (Identity's
    /// UserManager), which several components of one page asking at once would use concurrently.
    /// </summary>
    public async Task<IReadOnlyList<StaffDealership>> DealershipsOfAsync(ClaimsPrincipal staff, CancellationToken ct = default) =>
        await UserOfAsync(staff, ct) is { } user ? await DealershipsOfAsync(user, ct) : [];

    /// <inheritdoc cref="DealershipsOfAsync(ClaimsPrincipal, CancellationToken)"/>
    public async Task<IReadOnlyList<StaffDealership>> ManagedByAsync(ClaimsPrincipal staff, CancellationToken ct = default) =>
        await UserOfAsync(staff, ct) is { } user ? await ManagedByAsync(user, ct) : [];

    private async Task<StaffUser?> UserOfAsync(ClaimsPrincipal staff, CancellationToken ct)
    {
        if (staff.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id) return null;
        await using var db = databases.ForEveryDealership();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
    }
}
