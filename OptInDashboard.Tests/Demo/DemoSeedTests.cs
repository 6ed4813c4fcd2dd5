using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OptInDashboard.Accounts;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Demo;

/// <summary>
/// `dotnet run` stays a one-command demo, but no password is known outside it: a random one made at the
/// first seed and printed once, or the one configured; and no seed into a database that holds real data.
/// </summary>
public sealed partial class DemoSeedTests : IDisposable
{
    /// <summary>What the README published before, and the embedded settings seeded, in Production too.</summary>
    private const string FormerlyPublished = "Demo!2026";

    private readonly DemoDatabase _database = new();

    [Fact]
    public async Task WithNoPasswordConfiguredTheFirstSeedMakesARandomOneThatSignsInAndIsPrintedOnlyThen()
    {
        string password;
        var (first, console) = _database.Start(password: null);
        await using (first)
        {
            password = PrintedPassword(console.ToString());
            Assert.NotEqual(FormerlyPublished, password);
            Assert.Contains("admin@demo.local", console.ToString());
            await SignedIn.ClientAsync(first, "admin@demo.local", password);
        }

        var (second, secondConsole) = _database.Start(password: null);
        await using (second)
        {
            // Every start says where to sign in, as whom, and where the database is; the password only the once.
            Assert.Contains("sign in at", secondConsole.ToString());
            Assert.Contains("advisor@demo.local", secondConsole.ToString());
            Assert.Contains("demo.db", secondConsole.ToString());
            Assert.DoesNotContain(password, secondConsole.ToString());
            Assert.DoesNotMatch(PasswordLine(), secondConsole.ToString());
            await SignedIn.ClientAsync(second, "advisor@demo.local", password);
        }
    }

    [Fact]
    public async Task AConfiguredPasswordIsUsedAsGivenAndNothingIsPrinted()
    {
        var (app, console) = _database.Start(password: "Configured-Pass-7");
        await using var _ = app;

        await SignedIn.ClientAsync(app, "manager@demo.local", "Configured-Pass-7");
        Assert.Contains("with the password set in Demo:Password", console.ToString());
        Assert.DoesNotContain("Configured-Pass-7", console.ToString());
    }

    [Fact]
    public async Task ConfiguringAPasswordLaterReplacesALostRandomOne()
    {
        var (first, console) = _database.Start(password: null);
        var lost = PrintedPassword(console.ToString());
        await first.DisposeAsync();

        var (second, _) = _database.Start(password: "Recovered-Pass-8");
        await using var __ = second;

        await SignedIn.ClientAsync(second, "admin@demo.local", "Recovered-Pass-8");
        await Assert.ThrowsAsync<InvalidOperationException>(() => SignedIn.ClientAsync(second, "advisor@demo.local", lost));
    }

    [Fact]
    public async Task ADemoSeededWithTheFormerlyPublishedPasswordGetsARandomOneAtTheNextStart()
    {
        var (old, _) = _database.Start(password: FormerlyPublished);
        await old.DisposeAsync();

        var (upgraded, console) = _database.Start(password: null);
        await using var _ = upgraded;

        var password = PrintedPassword(console.ToString());
        await SignedIn.ClientAsync(upgraded, "admin@demo.local", password);
        await Assert.ThrowsAsync<InvalidOperationException>(() => SignedIn.ClientAsync(upgraded, "manager@demo.local", FormerlyPublished));
    }

    [Fact]
    public async Task TheFormerlyPublishedPasswordIsReplacedEvenWithSeedingOff()
    {
        var (old, _) = _database.Start(password: FormerlyPublished);
        await old.DisposeAsync();

        var (upgraded, console) = _database.Start(password: null, seed: false);
        await using var _ = upgraded;

        await SignedIn.ClientAsync(upgraded, "advisor@demo.local", PrintedPassword(console.ToString()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => SignedIn.ClientAsync(upgraded, "admin@demo.local", FormerlyPublished));
    }

    [Theory]
    [InlineData("a user")]
    [InlineData("an account")]
    public async Task SeedingSkipsADatabaseThatHoldsRealData(string holding)
    {
        var (real, _) = _database.Start(password: null, seed: false);
        await using (real)
        {
            await using var scope = real.Services.CreateAsyncScope();
            var group = new DealerGroup { Name = "A real group" };
            await using (var db = real.CreateDbContext())
            {
                db.DealerGroups.Add(group);
                if (holding == "an account") db.Accounts.Add(new Account { Name = "A real dealership", Group = group });
                await db.SaveChangesAsync();
            }
            if (holding == "a user")
                Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().CreateAsync(new StaffUser { UserName = "owner@dealer.example", Email = "owner@dealer.example", GroupId = group.Id })).Succeeded);
        }

        var (demo, console) = _database.Start(password: null);
        await using var _ = demo;

        await using var check = demo.CreateDbContext();
        Assert.False(await check.Users.AnyAsync(u => u.UserName!.EndsWith("@demo.local")));
        Assert.False(await check.Lines.AnyAsync());
        Assert.Equal("", console.ToString());
        Assert.Contains(demo.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("nothing seeded"));
    }

    [Fact]
    public async Task RandomDemoPasswordsDifferAndPassIdentitysOwnRules()
    {
        await using var app = new TestApp();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();

        var passwords = Enumerable.Range(0, 200).Select(_ => GeneratedPassword.Generate()).ToList();

        Assert.Equal(passwords.Count, passwords.Distinct().Count());
        foreach (var password in passwords)
            foreach (var validator in users.PasswordValidators)
                Assert.True((await validator.ValidateAsync(users, new StaffUser { UserName = "someone" }, password)).Succeeded, password);
    }

    private static string PrintedPassword(string console) =>
        PasswordLine().Match(console) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException($"No password printed:\n{console}");

    [GeneratedRegex(@"^\s+(\S{4}-\S{4}-\S{4}-\S{4})\s*$", RegexOptions.Multiline)]
    private static partial Regex PasswordLine();

    public void Dispose() => _database.Dispose();
}
