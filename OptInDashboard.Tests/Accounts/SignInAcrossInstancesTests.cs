using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Accounts;

/// <summary>
/// Behind a load balancer a staff member's requests may reach any instance: the keys that protect the sign-in cookie
/// and the antiforgery token are in the database, so a form one instance served is accepted by another and a cookie
/// one instance issued is read by every other. PostgreSQL only (the test script's second run).
/// </summary>
[Trait("Runs", "OnPostgreSQL")]
public sealed partial class SignInAcrossInstancesTests
{
    [Fact]
    public async Task AFormFromOneInstanceSignsInOnAnotherAndItsCookieWorksOnAThird()
    {
        TestApp.RequirePostgreSql();
        using var database = new TestApp(dispatchInBackground: false);
        var (first, second, third) = (database.AnotherInstance(), database.AnotherInstance(), database.AnotherInstance());
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };

        using var form = await first.CreateClient(options).GetAsync("/account/login");
        var antiforgeryCookie = CookiesOf(form);
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var login = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["_handler"] = "login",
                ["Input.Email"] = "advisor@demo.local", ["Input.Password"] = TestApp.DemoPassword,
            }),
        };
        login.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await second.CreateClient(options).SendAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("/account/login", signedIn.Headers.Location?.OriginalString ?? "");

        using var threads = new HttpRequestMessage(HttpMethod.Get, "/threads");
        threads.Headers.Add("Cookie", CookiesOf(signedIn));
        using var page = await third.CreateClient(options).SendAsync(threads);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        await using var db = database.CreateDbContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync(), "the key ring is not in the database");
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
