using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

/// <summary>A staff member as the Admin of a dealership sees them: their role here, and whether they can sign in.</summary>
public sealed record StaffMember(string Id, string Email, StaffLevel? Level, bool IsGroupAdmin, bool IsActive, bool IsLockedOut, int OtherDealerships);

/// <summary>What <see cref="StaffAdmin.AddAsync"/> did: the staff member, and a password to hand them when the sign-in is new.</summary>
public sealed record StaffAdded(StaffMember Member, string? Password);

/// <summary>
/// An Admin's staff, at the dealership they are working in: add a sign-in or give an existing one of the group a role
/// here, change or remove the role, deactivate and reactivate, reset a password. Each change is recorded
/// (<see cref="AdminChange"/>) and ends the staff member's sessions at once (the cookie's server-side session is
/// deleted, the security stamp changes, open pages sign out within <see cref="StaffRevalidation"/>'s interval), so a
/// new role or a deactivation holds from the next click. The group keeps at least one active group admin.
/// </summary>
public sealed class StaffAdmin(IServiceScopeFactory scopes, DealershipDb databases, StaffSessionStore sessions, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(ClaimsPrincipal staff, CancellationToken ct = default)
    {
        var admin = Require(staff);
        await using var db = databases.ForEveryDealership();
        var now = clock.GetUtcNow();
        var rows = await db.Users
            .Where(u => u.GroupId == admin.GroupId && (u.IsGroupAdmin || db.DealershipRoles.Any(r => r.UserId == u.Id && r.AccountId == admin.DealershipId)))
            .Select(u => new
            {
                u.Id, u.Email, u.IsGroupAdmin, u.DeactivatedAt, u.LockoutEnd,
                Level = db.DealershipRoles.Where(r => r.UserId == u.Id && r.AccountId == admin.DealershipId).Select(r => (StaffLevel?)r.Level).FirstOrDefault(),
                Others = db.DealershipRoles.Count(r => r.UserId == u.Id && r.AccountId != admin.DealershipId),
            })
            .ToListAsync(ct);
        return [.. rows
            .Select(u => new StaffMember(u.Id, u.Email ?? "", u.IsGroupAdmin ? StaffLevel.Admin : u.Level, u.IsGroupAdmin, u.DeactivatedAt is null, u.LockoutEnd > now, u.Others))
            .OrderBy(m => m.Email, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// A new sign-in with a role here (and a generated password to hand over), or a role here for a staff member of
    /// the group who works at another dealership.
    /// </summary>
    public async Task<StaffAdded> AddAsync(ClaimsPrincipal staff, string email, StaffLevel level, CancellationToken ct = default)
    {
        var admin = Require(staff);
        email = email.Trim();
        if (!new EmailAddressAttribute().IsValid(email) || email.Length > 256)
            throw new StaffChangeRefused($"\"{email}\" is not an email address.");
        RequireKnown(level);

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ConsentDbContext>();
        await ActingUserAsync(users, admin);
        string? password = null;
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            password = GeneratedPassword.Generate();
            user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, GroupId = admin.GroupId };
            Check(await users.CreateAsync(user, password));
            admin.Record(db, AdminChangeSubject.Staff, $"Created the sign-in {email} as {level.Describe()}", Now);
        }
        else if (user.GroupId != admin.GroupId)
            throw new StaffChangeRefused($"{email} is already a sign-in elsewhere. Use another email address.");
        else if (user.IsGroupAdmin || await db.DealershipRoles.AnyAsync(r => r.UserId == user.Id && r.AccountId == admin.DealershipId, ct))
            throw new StaffChangeRefused($"{email} already works here: change their role in the list instead.");
        else
            admin.Record(db, AdminChangeSubject.Staff, $"Gave {email} the {level.Describe()} role here", Now);

        db.DealershipRoles.Add(new DealershipRole { UserId = user.Id, AccountId = admin.DealershipId, Level = level });
        await db.SaveChangesAsync(ct);
        return new StaffAdded((await ListAsync(staff, ct)).Single(m => m.Id == user.Id), password);
    }

    public Task SetLevelAsync(ClaimsPrincipal staff, string userId, StaffLevel level, CancellationToken ct = default) =>
        ChangeAsync(staff, userId, async change =>
        {
            RequireKnown(level);
            if (change.User.IsGroupAdmin) throw new StaffChangeRefused($"{change.User.Email} is a group admin, and so Admin at every dealership.");
            var role = await change.RoleHereAsync(ct);
            if (role.Level == level) return null;
            var was = role.Level;
            role.Level = level;
            return $"Changed the role of {change.User.Email} from {was.Describe()} to {level.Describe()}";
        }, ct);

    public Task RemoveFromDealershipAsync(ClaimsPrincipal staff, string userId, CancellationToken ct = default) =>
        ChangeAsync(staff, userId, async change =>
        {
            if (change.User.IsGroupAdmin) throw new StaffChangeRefused($"{change.User.Email} is a group admin: a group admin removes that role first.");
            change.Db.DealershipRoles.Remove(await change.RoleHereAsync(ct));
            return $"Removed {change.User.Email} from this dealership";
        }, ct);

    public Task DeactivateAsync(ClaimsPrincipal staff, string userId, CancellationToken ct = default) =>
        ChangeAsync(staff, userId, async change =>
        {
            var user = change.User;
            if (!user.IsActive) return null;
            var elsewhere = await change.Db.DealershipRoles.AnyAsync(r => r.UserId == user.Id && r.AccountId != change.Admin.DealershipId, ct);
            if ((user.IsGroupAdmin || elsewhere) && !change.ByGroupAdmin)
                throw new StaffChangeRefused($"{user.Email} works at other dealerships too: remove them from this one, or ask a group admin to deactivate them.");
            if (user.IsGroupAdmin) await change.KeepAGroupAdminAsync(ct);
            user.DeactivatedAt = Now;
            return $"Deactivated {user.Email}";
        }, ct);

    public Task ReactivateAsync(ClaimsPrincipal staff, string userId, CancellationToken ct = default) =>
        ChangeAsync(staff, userId, change =>
        {
            if (change.User.IsActive) return Task.FromResult<string?>(null);
            change.User.DeactivatedAt = null;
            return Task.FromResult<string?>($"Reactivated {change.User.Email}");
        }, ct);

    /// <summary>Only a group admin makes or unmakes group admins, and the group always keeps an active one.</summary>
    public Task SetGroupAdminAsync(ClaimsPrincipal staff, string userId, bool groupAdmin, CancellationToken ct = default) =>
        ChangeAsync(staff, userId, async change =>
        {
            if (!change.ByGroupAdmin) throw new StaffChangeRefused("Only a group admin can make or remove group admins.");
            if (change.User.IsGroupAdmin == groupAdmin) return null;
            if (!groupAdmin) await change.KeepAGroupAdminAsync(ct);
            change.User.IsGroupAdmin = groupAdmin;
            return groupAdmin ? $"Made {change.User.Email} a group admin" : $"{change.User.Email} is no longer a group admin";
        }, ct);

    /// <summary>A new generated password for the staff member (shown once to the Admin, never recorded); unlocks the sign-in.</summary>
    public async Task<string> ResetPasswordAsync(ClaimsPrincipal staff, string userId, CancellationToken ct = default)
    {
        var password = GeneratedPassword.Generate();
        await ChangeAsync(staff, userId, change =>
        {
            var user = change.User;
            user.PasswordHash = change.Users.PasswordHasher.HashPassword(user, password);
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            return Task.FromResult<string?>($"Reset the password of {user.Email}");
        }, ct);
        return password;
    }

    /// <summary>
    /// Loads the staff member (of this group, and working here unless the Admin is a group admin), applies the change,
    /// records it, saves, and ends their sessions. A change that changes nothing (null) records nothing.
    /// </summary>
    private async Task ChangeAsync(ClaimsPrincipal staff, string userId, Func<Change, Task<string?>> change, CancellationToken ct)
    {
        var admin = Require(staff);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ConsentDbContext>();
        var me = await ActingUserAsync(users, admin);
        var user = await users.FindByIdAsync(userId);
        var visible = user is not null && user.GroupId == admin.GroupId
            && (user.IsGroupAdmin || me.IsGroupAdmin || await db.DealershipRoles.AnyAsync(r => r.UserId == user.Id && r.AccountId == admin.DealershipId, ct));
        if (!visible) throw new StaffChangeRefused("That staff member does not work at this dealership.");
        if (user!.Id == me.Id) throw new StaffChangeRefused("You cannot change your own sign-in here: ask another Admin.");

        if (await change(new Change(admin, me.IsGroupAdmin, user, db, users)) is not { } summary) return;
        admin.Record(db, AdminChangeSubject.Staff, summary, Now);
        user.SecurityStamp = Guid.NewGuid().ToString("N"); // the change, its record and the new stamp: one save
        await db.SaveChangesAsync(ct);
        await sessions.EndAllOfAsync(user.Id);
    }

    /// <summary>
    /// The Admin as the database knows them now, not as their page's sign-in remembers (it is up to a minute old):
    /// deactivated meanwhile, they change nothing; no longer a group admin, they act as a dealership's Admin.
    /// </summary>
    private static async Task<StaffUser> ActingUserAsync(UserManager<StaffUser> users, ActingAdmin admin) =>
        await users.FindByNameAsync(admin.Name) is { IsActive: true } me && me.GroupId == admin.GroupId
            ? me
            : throw new StaffChangeRefused("Your sign-in is no longer active.");

    private sealed record Change(ActingAdmin Admin, bool ByGroupAdmin, StaffUser User, ConsentDbContext Db, UserManager<StaffUser> Users)
    {
        public async Task<DealershipRole> RoleHereAsync(CancellationToken ct) =>
            await Db.DealershipRoles.SingleOrDefaultAsync(r => r.UserId == User.Id && r.AccountId == Admin.DealershipId, ct)
                ?? throw new StaffChangeRefused($"{User.Email} has no role at this dealership.");

        public async Task KeepAGroupAdminAsync(CancellationToken ct)
        {
            if (!await Db.Users.AnyAsync(u => u.GroupId == User.GroupId && u.Id != User.Id && u.IsGroupAdmin && u.DeactivatedAt == null, ct))
                throw new StaffChangeRefused($"{User.Email} is the group's last group admin: make someone else group admin first.");
        }
    }

    private static ActingAdmin Require(ClaimsPrincipal staff) =>
        ActingAdmin.Of(staff) ?? throw new StaffChangeRefused("Only an Admin can manage staff.");

    private static void RequireKnown(StaffLevel level)
    {
        if (!Enum.IsDefined(level)) throw new StaffChangeRefused("Pick a role: Advisor, Manager or Admin.");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new StaffChangeRefused(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
