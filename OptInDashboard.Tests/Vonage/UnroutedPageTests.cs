using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>Texts for numbers that are none of our lines are listed for Admins only (what they see: Components/Admin/UnroutedTests).</summary>
public sealed partial class UnroutedPageTests(UnroutedPageTests.App app) : IClassFixture<UnroutedPageTests.App>
{
    public sealed class App : TestApp;

    [Fact]
    public async Task AnAdvisorIsTurnedAway()
    {
        var advisor = await SignedInAsync("advisor@demo.local");

        using var response = await advisor.GetAsync("/admin/unrouted");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Signs in through the real form (antiforgery token and all); the client keeps the cookie.</summary>
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = TestApp.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
