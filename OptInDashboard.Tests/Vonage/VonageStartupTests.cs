using System.Net;
using Microsoft.Extensions.Options;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>What the app refuses to start with, and what it accepts when a secret is deliberately absent.</summary>
public sealed class VonageStartupTests
{
    private static readonly string ServiceLine = DemoSeeder.ServiceLine.TrimStart('+');

    private static OptionsValidationException StartFails(Dictionary<string, string?> settings)
    {
        using var app = new ConfiguredTestApp(settings);
        var thrown = Record.Exception(() => app.CreateClient());
        return thrown as OptionsValidationException
            ?? Assert.IsType<OptionsValidationException>(Assert.IsType<AggregateException>(thrown).InnerExceptions.Single());
    }

    [Fact]
    public void ProductionRefusesToStartWebhooksWithoutASignatureSecret()
    {
        var refused = StartFails(new() { ["Environment"] = "Production" });
        Assert.Contains("Vonage:SignatureSecret", refused.Message);
    }

    [Fact]
    public void ChoosingVonageWithoutCredentialsRefusesToStart()
    {
        var refused = StartFails(new() { ["Messaging:Provider"] = "Vonage" });
        Assert.Contains("Vonage:ApiKey", refused.Message);
    }

    [Fact]
    public void ASendingLeaseShorterThanTheSlowestSendRefusesToStart()
    {
        var refused = StartFails(new()
        {
            ["Messaging:Provider"] = "Vonage",
            ["Vonage:ApiKey"] = "k",
            ["Vonage:ApiSecret"] = "s",
            ["Messaging:SendingLease"] = "00:00:05",
        });
        Assert.Contains("Messaging:SendingLease", refused.Message);
    }

    [Fact]
    public void ADealershipsOwnVonageAccountNeedsItsApiKeyItsCredentialsAndInProductionItsSignatureSecret()
    {
        var refused = StartFails(new()
        {
            ["Environment"] = "Production",
            ["Messaging:Provider"] = "Vonage",
            ["Vonage:ApiKey"] = "k",
            ["Vonage:ApiSecret"] = "s",
            ["Vonage:SignatureSecret"] = "install-signature-secret",
            ["Vonage:Dealerships:2:ApiSecret"] = "lakeside-api-secret",
        });
        Assert.Contains("Vonage:Dealerships:2:ApiKey is required", refused.Message);
        Assert.Contains("Vonage:Dealerships:2:SignatureSecret is required", refused.Message);
        Assert.Contains("Set Vonage:Dealerships:2:ApiKey and Vonage:Dealerships:2:ApiSecret", refused.Message);
    }

    [Fact]
    public void TwoAccountsWithOneApiKeyRefuseToStart()
    {
        var refused = StartFails(new()
        {
            ["Vonage:ApiKey"] = "shared",
            ["Vonage:Dealerships:2:ApiKey"] = "shared",
        });
        Assert.Contains("Vonage:Dealerships:2:ApiKey shared is also another account's", refused.Message);
    }

    [Fact]
    public async Task DevelopmentWithoutASecretAcceptsUnsignedWebhooks()
    {
        await using var app = new TestApp();
        var json = SignedWebhook.Inbound(Guid.NewGuid().ToString(), "15555550113", ServiceLine, "ok thanks");

        using var response = await app.CreateClient().SendAsync(SignedWebhook.Post("/webhooks/vonage/inbound", json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WebhooksBeyondTheRateLimitGetTooManyRequests()
    {
        await using var app = new ConfiguredTestApp(new Dictionary<string, string?> { ["Vonage:WebhookPermitsPerSecond"] = "3" });
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            var json = SignedWebhook.Inbound(Guid.NewGuid().ToString(), "15555550114", ServiceLine, $"text {i}");
            using var response = await client.SendAsync(SignedWebhook.Post("/webhooks/vonage/inbound", json));
            statuses.Add(response.StatusCode);
        }

        // Three permits a second: twenty back-to-back requests cannot all fit, however slow the machine.
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, s.ToString()));
    }
}
