using System.Net;
using Microsoft.AspNetCore.Http;
using OptInDashboard.Security;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Security;

public sealed class SecurityHeadersTests(SecurityHeadersTests.App app) : IClassFixture<SecurityHeadersTests.App>
{
    public sealed class App : TestApp;

    private static readonly Dictionary<string, string?> Production = new()
    {
        ["Environment"] = "Production",
        ["Vonage:WebhooksEnabled"] = "false",
        ["https_port"] = "443",
    };

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/threads")]
    [InlineData("/reports/ledger.csv")]
    [InlineData("/no-such-page")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        var response = await new Visitor(app.Server, IPAddress.Loopback).GetAsync(path);

        var headers = response.Response.Headers;
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, headers.ContentSecurityPolicy);
        Assert.Equal("nosniff", headers.XContentTypeOptions);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Equal("DENY", headers.XFrameOptions);
    }

    [Fact]
    public async Task OutsideDevelopmentEveryCookieIsSecureAndHstsIsSent()
    {
        using var production = new ConfiguredTestApp(Production);
        var advisor = new Visitor(production.Server, IPAddress.Parse("203.0.113.7"), scheme: "https", host: "optin.example");

        var form = await advisor.GetAsync("/account/login");
        var signedIn = await advisor.SignInAsync("advisor@demo.local");

        Assert.Equal("max-age=31536000", form.Response.Headers.StrictTransportSecurity);
        var cookies = form.Response.Headers.SetCookie.Concat(signedIn.Response.Headers.SetCookie).ToList();
        Assert.Contains(cookies, c => c!.StartsWith("OptInDashboard.Auth="));
        Assert.All(cookies, c => Assert.Contains("secure", c!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OutsideDevelopmentPlainHttpIsRedirectedToHttps()
    {
        using var production = new ConfiguredTestApp(Production);

        var response = await new Visitor(production.Server, IPAddress.Parse("203.0.113.7"), host: "optin.example").GetAsync("/account/login");

        Assert.Equal(StatusCodes.Status307TemporaryRedirect, response.Response.StatusCode);
        Assert.Equal("https://optin.example/account/login", response.Response.Headers.Location);
    }

    [Fact]
    public async Task OutsideDevelopmentPlainHttpFromAnotherMachineIsRefusedWhenNoHttpsPortIsConfigured()
    {
        using var production = new ConfiguredTestApp(new Dictionary<string, string?>(Production) { ["https_port"] = null });

        var response = await new Visitor(production.Server, IPAddress.Parse("203.0.113.7"), host: "optin.example").GetAsync("/account/login");

        Assert.Equal(StatusCodes.Status400BadRequest, response.Response.StatusCode);
        Assert.Contains("served over HTTPS only", Visitor.BodyOf(response));
        Assert.Equal(0, response.Response.Headers.SetCookie.Count);
    }

    [Fact]
    public async Task OutsideDevelopmentTheDemoOnThisMachineStillWorksOverPlainHttp()
    {
        using var production = new ConfiguredTestApp(new Dictionary<string, string?>(Production) { ["https_port"] = null });
        var demo = new Visitor(production.Server, IPAddress.Loopback);

        var signedIn = await demo.SignInAsync("advisor@demo.local");

        Assert.Equal(StatusCodes.Status302Found, signedIn.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await demo.GetAsync("/threads")).Response.StatusCode);
    }

    [Fact]
    public async Task BehindAKnownProxyTheForwardedHttpsIsBelievedAndFromAnyoneElseItIsNot()
    {
        using var production = new ConfiguredTestApp(new Dictionary<string, string?>(Production) { ["ReverseProxy:KnownNetworks:0"] = "10.0.0.0/8" });
        var proxy = new Visitor(production.Server, IPAddress.Parse("10.1.2.3"), host: "optin.example") { Headers = { ["X-Forwarded-Proto"] = "https" } };
        var stranger = new Visitor(production.Server, IPAddress.Parse("192.0.2.9"), host: "optin.example") { Headers = { ["X-Forwarded-Proto"] = "https" } };

        var throughProxy = await proxy.GetAsync("/account/login");
        var direct = await stranger.GetAsync("/account/login");

        Assert.Equal(StatusCodes.Status200OK, throughProxy.Response.StatusCode);
        Assert.Equal("max-age=31536000", throughProxy.Response.Headers.StrictTransportSecurity);
        Assert.Equal(StatusCodes.Status307TemporaryRedirect, direct.Response.StatusCode);
    }

    [Fact]
    public async Task AMistypedProxyAddressStopsTheAppWithAClearMessage()
    {
        using var broken = new ConfiguredTestApp(new Dictionary<string, string?> { ["ReverseProxy:KnownProxies:0"] = "10.0.0.300" });

        var refused = Assert.ThrowsAny<Exception>(() => broken.Server);

        Assert.Contains("ReverseProxy: \"10.0.0.300\" is not an address or network", refused.ToString());
    }
}
