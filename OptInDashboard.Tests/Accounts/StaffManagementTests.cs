using System.Net;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Accounts;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Accounts;

/// <summary>Each test gets a fresh demo: they add, change and deactivate its staff.</summary>
public sealed class StaffManagementTests : IDisposable
{
    private readonly TestApp _app = new();
    private static readonly IPAddress Office = IPAddress.Parse("203.0.113.7");

    private StaffAdmin StaffAdmin => _app.Get<StaffAdmin>();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AnAdminAddsStaffWhoSignInWithTheHandedOverPasswordAndTheChangeIsRecorded()
    {
        var added = await StaffAdmin.AddAsync(Staff.Admin, " new.advisor@demo.local ", StaffLevel.Advisor);

        Assert.Equal(new StaffMember(added.Member.Id, "new.advisor@demo.local", StaffLevel.Advisor, false, true, false, 0), added.Member);
        var newcomer = new Visitor(_app.Server, Office);
        Assert.Equal(StatusCodes.Status302Found, (await newcomer.SignInAsync("new.advisor@demo.local", added.Password!)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await newcomer.GetAsync("/threads")).Response.StatusCode);
        var change = await LastChangeAsync();
        Assert.Equal(("admin@demo.local", Staff.Riverside, AdminChangeSubject.Staff, "Created the sign-in new.advisor@demo.local as Advisor"),
            (change.Actor, change.AccountId, change.Subject, change.Summary));
        Assert.DoesNotContain(added.Password!, change.Summary);
    }

    [Fact]
    public async Task AnAdminGivesAStaffMemberOfAnotherDealershipOfTheGroupARoleHere()
    {
        var added = await StaffAdmin.AddAsync(Staff.Admin, "manager@lakeside.demo.local", StaffLevel.Manager);

        Assert.Null(added.Password);
        Assert.Equal((StaffLevel?)StaffLevel.Manager, added.Member.Level);
        Assert.Equal(1, added.Member.OtherDealerships);
        Assert.Equal("Gave manager@lakeside.demo.local the Manager role here", (await LastChangeAsync()).Summary);
    }

    [Theory]
    [InlineData("advisor@demo.local", "advisor@demo.local already works here")]
    [InlineData("groupadmin@demo.local", "groupadmin@demo.local already works here")]
    [InlineData("not an email", "\"not an email\" is not an email address.")]
    public async Task AddingStaffWhoAlreadyWorkHereOrABadEmailIsRefusedWithAReason(string email, string reason)
    {
        var refused = await Assert.ThrowsAsync<StaffChangeRefused>(() => StaffAdmin.AddAsync(Staff.Admin, email, StaffLevel.Advisor));

        Assert.StartsWith(reason, refused.Message);
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.AdminChanges.CountAsync(c => c.Subject == AdminChangeSubject.Staff));
    }

    [Fact]
    public async Task DeactivatingEndsEverySessionAtOnceAndSignInIsRefusedFromThen()
    {
        var advisor = new Visitor(_app.Server, Office);
        await advisor.SignInAsync("advisor@demo.local");
        Assert.Equal(StatusCodes.Status200OK, (await advisor.GetAsync("/threads")).Response.StatusCode);

        await StaffAdmin.DeactivateAsync(Staff.Admin, await IdOfAsync("advisor@demo.local"));

        Assert.Equal(StatusCodes.Status302Found, (await advisor.GetAsync("/threads")).Response.StatusCode);
        Assert.Equal(StaffSignIn.Refused, Visitor.AlertIn(Visitor.BodyOf(await new Visitor(_app.Server, Office).SignInAsync("advisor@demo.local"))));
        Assert.Equal("Deactivated advisor@demo.local", (await LastChangeAsync()).Summary);
        Assert.False((await StaffAdmin.ListAsync(Staff.Admin)).Single(m => m.Email == "advisor@demo.local").IsActive);
    }

    [Fact]
    public async Task AnOpenPageLosesItsSignInAtItsNextRevalidationAfterDeactivation()
    {
        var page = await PageSignInOfAsync("advisor@demo.local");
        Assert.True(await ValidatesAsync(page));

        await StaffAdmin.DeactivateAsync(Staff.Admin, await IdOfAsync("advisor@demo.local"));

        Assert.False(await ValidatesAsync(page));
        Assert.Equal(TimeSpan.FromMinutes(1), new SignInLimit().RevalidateEvery);
    }

    [Fact]
    public async Task ARoleChangeEndsTheOldSessionAndTheNextSignInCarriesTheNewRole()
    {
        var advisor = new Visitor(_app.Server, Office);
        await advisor.SignInAsync("advisor@demo.local");
        Assert.Equal(StatusCodes.Status302Found, (await advisor.GetAsync("/reports/snapshot")).Response.StatusCode); // to "not allowed"

        await StaffAdmin.SetLevelAsync(Staff.Admin, await IdOfAsync("advisor@demo.local"), StaffLevel.Manager);

        Assert.StartsWith("http://localhost/account/login", (await advisor.GetAsync("/threads")).Response.Headers.Location.ToString());
        await advisor.SignInAsync("advisor@demo.local");
        Assert.Equal(StatusCodes.Status200OK, (await advisor.GetAsync("/reports/snapshot")).Response.StatusCode);
        Assert.Equal("Changed the role of advisor@demo.local from Advisor to Manager", (await LastChangeAsync()).Summary);
    }

    [Fact]
    public async Task APasswordResetHandsOverANewPasswordUnlocksTheSignInAndEndsItsSessions()
    {
        var locked = new Visitor(_app.Server, Office);
        for (var attempt = 0; attempt < 5; attempt++) await locked.SignInAsync("advisor@demo.local", "wrong");
        Assert.True((await StaffAdmin.ListAsync(Staff.Admin)).Single(m => m.Email == "advisor@demo.local").IsLockedOut);

        var password = await StaffAdmin.ResetPasswordAsync(Staff.Admin, await IdOfAsync("advisor@demo.local"));

        Assert.Equal(StaffSignIn.Refused, Visitor.AlertIn(Visitor.BodyOf(await locked.SignInAsync("advisor@demo.local"))));
        Assert.Equal(StatusCodes.Status302Found, (await new Visitor(_app.Server, Office).SignInAsync("advisor@demo.local", password)).Response.StatusCode);
        Assert.Equal("Reset the password of advisor@demo.local", (await LastChangeAsync()).Summary);
    }

    [Fact]
    public async Task TheGroupsLastGroupAdminCannotBeRemovedOrDeactivated()
    {
        var groupAdmin = await IdOfAsync("groupadmin@demo.local");

        var bySelf = await Assert.ThrowsAsync<StaffChangeRefused>(() => StaffAdmin.SetGroupAdminAsync(Staff.GroupAdmin, groupAdmin, false));
        var byDealershipAdmin = await Assert.ThrowsAsync<StaffChangeRefused>(() => StaffAdmin.DeactivateAsync(Staff.Admin, groupAdmin));
        var removedHere = await Assert.ThrowsAsync<StaffChangeRefused>(() => StaffAdmin.RemoveFromDealershipAsync(Staff.Admin, groupAdmin));

        Assert.Equal("You cannot change your own sign-in here: ask another Admin.", bySelf.Message);
        Assert.StartsWith("groupadmin@demo.local works at other dealerships too", byDealershipAdmin.Message);
        Assert.StartsWith("groupadmin@demo.local is a group admin", removedHere.Message);
        var member = (await StaffAdmin.ListAsync(Staff.Admin)).Single(m => m.Email == "groupadmin@demo.local");
        Assert.True(member.IsGroupAdmin && member.IsActive);
    }

    [Fact]
    public async Task AGroupAdminHandsOverTheRoleAndOnlyThenMayStepDown()
    {
        var admin = await IdOfAsync("admin@demo.local");
        await StaffAdmin.SetGroupAdminAsync(Staff.GroupAdmin, admin, true);
        var adminAsGroupAdmin = Staff.Member("admin@demo.local", Staff.Riverside, Roles.Advisor, Roles.Manager, Roles.Admin, Roles.GroupAdmin);

        await StaffAdmin.SetGroupAdminAsync(adminAsGroupAdmin, await IdOfAsync("groupadmin@demo.local"), false);

        var staff = await StaffAdmin.ListAsync(Staff.Admin);
        Assert.True(staff.Single(m => m.Email == "admin@demo.local").IsGroupAdmin);
        Assert.DoesNotContain(staff, m => m.Email == "groupadmin@demo.local"); // no role at Riverside of their own
        var stale = await Assert.ThrowsAsync<StaffChangeRefused>(() => StaffAdmin.SetGroupAdminAsync(Staff.GroupAdmin, admin, false));
        Assert.Equal("That staff member does not work at this dealership.", (await Assert.ThrowsAsync<StaffChangeRefused>(() => StaffAdmin.DeactivateAsync(Staff.Admin, "no-such-id"))).Message);
        Assert.Equal("Only a group admin can make or remove group admins.", stale.Message);
    }

    [Fact]
    public async Task AnAdminSeesAndChangesOnlyTheirOwnDealershipsStaff()
    {
        var riversideAdvisor = await IdOfAsync("advisor@demo.local");

        var lakesideStaff = await StaffAdmin.ListAsync(Staff.LakesideAdmin);
        var refused = await Assert.ThrowsAsync<StaffChangeRefused>(() => StaffAdmin.DeactivateAsync(Staff.LakesideAdmin, riversideAdvisor));

        Assert.Equal(["admin@lakeside.demo.local", "advisor@lakeside.demo.local", "groupadmin@demo.local", "manager@lakeside.demo.local"], lakesideStaff.Select(m => m.Email));
        Assert.Equal("That staff member does not work at this dealership.", refused.Message);
        Assert.True((await StaffAdmin.ListAsync(Staff.Admin)).Single(m => m.Id == riversideAdvisor).IsActive);
    }

    [Theory]
    [InlineData("advisor")]
    [InlineData("manager")]
    public async Task OnlyAnAdminManagesStaff(string who)
    {
        var staff = who == "advisor" ? Staff.Advisor : Staff.Manager;

        var refused = await Assert.ThrowsAsync<StaffChangeRefused>(() => StaffAdmin.AddAsync(staff, "someone@demo.local", StaffLevel.Admin));
        await Assert.ThrowsAsync<StaffChangeRefused>(() => StaffAdmin.ListAsync(staff));

        Assert.Equal("Only an Admin can manage staff.", refused.Message);
    }

    [Fact]
    public async Task ADeactivatedAdminsOpenPageChangesNothing()
    {
        await StaffAdmin.DeactivateAsync(Staff.GroupAdmin, await IdOfAsync("admin@demo.local"));

        var refused = await Assert.ThrowsAsync<StaffChangeRefused>(async () => await StaffAdmin.DeactivateAsync(Staff.Admin, await IdOfAsync("advisor@demo.local")));

        Assert.Equal("Your sign-in is no longer active.", refused.Message);
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var db = _app.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<AdminChange> LastChangeAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.AdminChanges.OrderByDescending(c => c.Id).FirstAsync();
    }

    /// <summary>The sign-in an open page (a circuit) holds: the principal Identity writes into the cookie at sign-in.</summary>
    private async Task<AuthenticationState> PageSignInOfAsync(string email)
    {
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>();
        return new AuthenticationState(await factory.CreateAsync((await users.FindByEmailAsync(email))!));
    }

    private async Task<bool> ValidatesAsync(AuthenticationState state)
    {
        using var scope = _app.Services.CreateScope();
        return await ((StaffRevalidation)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>()).StillHoldsAsync(state);
    }
}
