using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Integration;

public sealed class LoginRequiredTests(LoginRequiredTests.App app) : IClassFixture<LoginRequiredTests.App>
{
    public sealed class App : TestApp;

    [Theory]
    [InlineData("/")]
    [InlineData("/threads")]
    [InlineData("/threads/1")]
    [InlineData("/simulator")]
    public async Task EveryPageRedirectsAnAnonymousVisitorToSignIn(string path)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheSignInPageItselfIsOpen()
    {
        var response = await app.CreateClient().GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign in", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheBlazorScriptIsServed()
    {
        var response = await app.CreateClient().GetAsync("/_framework/blazor.web.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Blazor", await response.Content.ReadAsStringAsync());
    }
}
