using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OptInDashboard.Accounts;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Security;

public sealed class SignInHardeningTests
{
    private const string AdvisorEmail = "advisor@demo.local";
    private static readonly IPAddress Office = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task SignOutEndsTheSessionSoACopiedCookieNoLongerWorks()
    {
        using var app = new TestApp();
        var advisor = new Visitor(app.Server, Office);
        await advisor.SignInAsync(AdvisorEmail);
        var copy = new Visitor(app.Server, Office);
        foreach (var (name, value) in advisor.Cookies) copy.Cookies[name] = value;
        var threads = await advisor.GetAsync("/threads");
        Assert.Equal(StatusCodes.Status200OK, threads.Response.StatusCode);

        var signedOut = await advisor.PostFormAsync("/account/logout", new Dictionary<string, string> { ["__RequestVerificationToken"] = Visitor.AntiforgeryTokenIn(threads) });

        Assert.Equal("/account/login", signedOut.Response.Headers.Location);
        var replayed = await copy.GetAsync("/threads");
        Assert.Equal(StatusCodes.Status302Found, replayed.Response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", replayed.Response.Headers.Location.ToString());
        await using var db = app.CreateDbContext();
        Assert.False(await db.StaffSessions.AnyAsync(s => s.UserId == db.Users.Single(u => u.Email == AdvisorEmail).Id));
    }

    [Fact]
    public async Task SignOutWithoutThePagesAntiforgeryTokenIsRefusedAndTheSessionGoesOn()
    {
        using var app = new TestApp();
        var advisor = new Visitor(app.Server, Office);
        await advisor.SignInAsync(AdvisorEmail);

        var forged = await advisor.PostFormAsync("/account/logout", new Dictionary<string, string>());

        Assert.Equal(StatusCodes.Status400BadRequest, forged.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await advisor.GetAsync("/threads")).Response.StatusCode);
    }

    [Fact]
    public async Task SignInAttemptsAreLimitedPerClientAddress()
    {
        using var app = new ConfiguredTestApp(new Dictionary<string, string?> { ["SignIn:AttemptsPerMinutePerAddress"] = "3" });
        var guesser = new Visitor(app.Server, Office);
        for (var attempt = 0; attempt < 3; attempt++)
            Assert.Equal(StaffSignIn.Refused, Visitor.AlertIn(Visitor.BodyOf(await guesser.SignInAsync(AdvisorEmail, $"guess-{attempt}"))));

        var fourth = await guesser.SignInAsync("manager@demo.local", "guess-4");

        Assert.Equal(StatusCodes.Status429TooManyRequests, fourth.Response.StatusCode);
        Assert.Equal("60", fourth.Response.Headers.RetryAfter);
        Assert.Contains("Too many sign-in attempts", Visitor.BodyOf(fourth));
        Assert.Equal(StatusCodes.Status200OK, (await guesser.GetAsync("/account/login")).Response.StatusCode);
        var colleague = new Visitor(app.Server, IPAddress.Parse("198.51.100.20"));
        Assert.Equal(StatusCodes.Status302Found, (await colleague.SignInAsync(AdvisorEmail)).Response.StatusCode);
    }

    [Fact]
    public async Task ForwardedHeadersNameTheClientOnlyWhenAConfiguredProxySendsThem()
    {
        using var app = new ConfiguredTestApp(new Dictionary<string, string?>
        {
            ["SignIn:AttemptsPerMinutePerAddress"] = "1",
            ["ReverseProxy:KnownProxies:0"] = "10.0.0.5",
        });
        var proxy = new Visitor(app.Server, IPAddress.Parse("10.0.0.5"));
        var stranger = new Visitor(app.Server, IPAddress.Parse("192.0.2.9"));

        int AttemptFrom(Visitor visitor, string client)
        {
            visitor.Headers["X-Forwarded-For"] = client;
            return visitor.SignInAsync(AdvisorEmail, "wrong").GetAwaiter().GetResult().Response.StatusCode;
        }

        Assert.Equal(200, AttemptFrom(proxy, "198.51.100.1"));
        Assert.Equal(200, AttemptFrom(proxy, "198.51.100.2"));
        Assert.Equal(429, AttemptFrom(proxy, "198.51.100.1"));
        Assert.Equal(200, AttemptFrom(stranger, "198.51.100.3"));
        Assert.Equal(429, AttemptFrom(stranger, "198.51.100.4")); // its header is ignored: it is still 192.0.2.9
        Assert.Contains(app.Logs.Lines, l => l.Text.Contains("from 198.51.100.2"));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Text.Contains("from 198.51.100.3"));
    }

    [Fact]
    public async Task SignInRefusalsDoNotRevealWhetherAnAccountExists()
    {
        using var app = new TestApp();
        await DeactivateAsync(app, "manager@demo.local");
        var visitor = new Visitor(app.Server, Office);
        var answers = new List<(int Status, string? Alert)>();
        async Task AttemptAsync(string email, string password)
        {
            var answer = await visitor.SignInAsync(email, password);
            answers.Add((answer.Response.StatusCode, Visitor.AlertIn(Visitor.BodyOf(answer))));
        }

        for (var attempt = 0; attempt < 6; attempt++) await AttemptAsync("nobody@demo.local", "wrong-password");
        for (var attempt = 0; attempt < 6; attempt++) await AttemptAsync(AdvisorEmail, "wrong-password"); // locked after 5
        await AttemptAsync(AdvisorEmail, TestApp.DemoPassword); // the right password, while locked
        await AttemptAsync("manager@demo.local", TestApp.DemoPassword); // the right password, deactivated

        Assert.All(answers, answer => Assert.Equal((StatusCodes.Status200OK, StaffSignIn.Refused), answer));
        Assert.DoesNotContain(visitor.Cookies.Keys, name => name == "OptInDashboard.Auth");
    }

    [Fact]
    public async Task EveryRefusedSignInChecksAPasswordHashSoAnUnknownEmailAnswersNoFaster()
    {
        var hasher = new CountingHasher();
        using var app = new ConfiguredTestApp(new Dictionary<string, string?>(), services => services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<StaffUser>>(hasher)));
        await DeactivateAsync(app, "manager@demo.local");
        var visitor = new Visitor(app.Server, Office);
        for (var attempt = 0; attempt < 5; attempt++) await visitor.SignInAsync("admin@demo.local", "wrong"); // now locked

        foreach (var (email, password) in new[] { ("nobody@demo.local", "wrong"), (AdvisorEmail, "wrong"), ("admin@demo.local", TestApp.DemoPassword), ("manager@demo.local", TestApp.DemoPassword) })
        {
            var before = hasher.Verifications;
            await visitor.SignInAsync(email, password);
            Assert.True(hasher.Verifications == before + 1, $"{email}: {hasher.Verifications - before} password hashes checked, not 1");
        }
    }

    [Fact]
    public async Task FailedSignInsAreLoggedWithAMaskedEmailAndTheClientAddress()
    {
        using var app = new TestApp();

        await new Visitor(app.Server, Office).SignInAsync(AdvisorEmail, "Hunter2-wrong");

        var refused = Assert.Single(app.Logs.Lines, l => l.Text.StartsWith("Sign-in refused"));
        Assert.Equal("Sign-in refused for a***@demo.local from 203.0.113.7: wrong password", refused.Text);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Text.Contains("Hunter2-wrong"));
    }

    private static async Task DeactivateAsync(TestApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.DeactivatedAt = DateTime.UtcNow;
        await users.UpdateAsync(user);
    }

    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> _real = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(StaffUser user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
