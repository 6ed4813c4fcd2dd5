using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Messaging;
using OptInDashboard.Messaging.Vonage;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>
/// Lakeside sends and receives through a Vonage account of its own (Vonage:Dealerships:2), Riverside through
/// the install's: each send goes out with its dealership's credentials, each webhook is verified with the secret
/// its token's api_key names, and one account's webhook never reaches the other's lines.
/// </summary>
public sealed class DealershipVonageAccountsTests : IAsyncLifetime
{
    private const string RiversideCustomer = "+15555550111"; // Maria
    private const string LakesideCustomer = "+15555550211"; // Grace
    private const string InstallKey = "install-key";
    private const string LakesideKey = "lakeside-key";
    private const string LakesideSecret = "lakeside-signature-secret-0123456789";
    private const string Inbound = "/webhooks/vonage/inbound";
    private const string Status = "/webhooks/vonage/status";

    private FakeVonage _fake = default!;
    private ConfiguredTestApp _app = default!;

    public async Task InitializeAsync()
    {
        _fake = await FakeVonage.StartAsync();
        _app = new ConfiguredTestApp(new Dictionary<string, string?>
        {
            ["Messaging:Provider"] = "Vonage",
            ["Vonage:BaseUrl"] = _fake.BaseUrl.ToString(),
            ["Vonage:ApiKey"] = InstallKey,
            ["Vonage:ApiSecret"] = "install-api-secret",
            ["Vonage:SignatureSecret"] = SignedWebhook.Secret,
            [$"Vonage:Dealerships:{Staff.Lakeside}:ApiKey"] = LakesideKey,
            [$"Vonage:Dealerships:{Staff.Lakeside}:ApiSecret"] = "lakeside-api-secret",
            [$"Vonage:Dealerships:{Staff.Lakeside}:SignatureSecret"] = LakesideSecret,
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private static string Basic(string key, string secret) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{key}:{secret}"));

    private static HttpRequestMessage SignedBy(string secret, string? apiKey, string path, string json) =>
        SignedWebhook.Post(path, json, VonageWebhookToken.Sign(secret, Encoding.UTF8.GetBytes(json), DateTimeOffset.UtcNow, apiKey));

    private async Task<HttpStatusCode> PostAsync(HttpRequestMessage request)
    {
        using var response = await _app.CreateClient().SendAsync(request);
        return response.StatusCode;
    }

    private async Task<Message> SendsAsync(string customer, string line, System.Security.Claims.ClaimsPrincipal advisor, string text)
    {
        var (contactId, lineId) = await new ThreadDriver(_app, customer, line).Ids();
        var queued = await _app.Get<AdvisorSender>().SendAsync(contactId, lineId, text, advisor);
        return await Eventually.Get(async () =>
        {
            await using var db = _app.CreateDbContext();
            var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == queued.Id);
            return message.Status is MessageStatus.Queued or MessageStatus.Sending ? null : message;
        }, $"message {queued.Id} to leave the outbox");
    }

    private string? AuthorizationOf(long messageId) =>
        _fake.Requests.Single(r => r.Body.GetProperty("client_ref").GetString() == messageId.ToString()).Authorization;

    private async Task<int> StoredWith(string uuid)
    {
        await using var db = _app.CreateDbContext();
        return await db.Messages.CountAsync(m => m.ProviderMessageId == uuid) + await db.UnroutedMessages.CountAsync(u => u.ProviderMessageId == uuid);
    }

    [Fact]
    public async Task EachDealershipSendsWithTheCredentialsOfItsOwnVonageAccount()
    {
        var lakeside = await SendsAsync(LakesideCustomer, DemoSeeder.LakesideServiceLine, Staff.LakesideAdvisor, "Your Sorento is ready.");
        var riverside = await SendsAsync(RiversideCustomer, DemoSeeder.ServiceLine, Staff.Advisor, "Your RAV4 is ready.");

        Assert.Equal(MessageStatus.Sent, lakeside.Status);
        Assert.Equal(MessageStatus.Sent, riverside.Status);
        Assert.Equal(Basic(LakesideKey, "lakeside-api-secret"), AuthorizationOf(lakeside.Id));
        Assert.Equal(Basic(InstallKey, "install-api-secret"), AuthorizationOf(riverside.Id));
    }

    [Fact]
    public async Task AWebhookIsVerifiedWithTheSecretOfTheAccountItsApiKeyNames()
    {
        var uuid = Guid.NewGuid().ToString();
        var json = SignedWebhook.Inbound(uuid, LakesideCustomer.TrimStart('+'), DemoSeeder.LakesideServiceLine.TrimStart('+'), "STOP");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedBy(LakesideSecret, LakesideKey, Inbound, json)));

        Assert.Equal(1, await StoredWith(uuid));
        Assert.Equal(ConsentStatus.OptedOut, await new ThreadDriver(_app, LakesideCustomer, DemoSeeder.LakesideServiceLine).Status());
    }

    [Fact]
    public async Task AWebhookNamingADealershipsApiKeyButSignedWithAnotherSecretIsRefused()
    {
        var uuid = Guid.NewGuid().ToString();
        var json = SignedWebhook.Inbound(uuid, LakesideCustomer.TrimStart('+'), DemoSeeder.LakesideServiceLine.TrimStart('+'), "STOP");

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(SignedBy(SignedWebhook.Secret, LakesideKey, Inbound, json)));

        Assert.Equal(0, await StoredWith(uuid));
    }

    [Fact]
    public async Task AWebhookSignedByOneDealershipsAccountNeverReachesAnotherDealershipsLine()
    {
        var intoRiverside = Guid.NewGuid().ToString();
        var intoLakeside = Guid.NewGuid().ToString();

        var lakesideSigned = await PostAsync(SignedBy(LakesideSecret, LakesideKey, Inbound,
            SignedWebhook.Inbound(intoRiverside, RiversideCustomer.TrimStart('+'), DemoSeeder.ServiceLine.TrimStart('+'), "STOP")));
        var installSigned = await PostAsync(SignedBy(SignedWebhook.Secret, InstallKey, Inbound,
            SignedWebhook.Inbound(intoLakeside, LakesideCustomer.TrimStart('+'), DemoSeeder.LakesideServiceLine.TrimStart('+'), "STOP")));

        // 503: kept at Vonage and delivered again once the configuration matches, never stored on the wrong side.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lakesideSigned);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, installSigned);
        Assert.Equal(0, await StoredWith(intoRiverside));
        Assert.Equal(0, await StoredWith(intoLakeside));
        Assert.NotEqual(ConsentStatus.OptedOut, await new ThreadDriver(_app, RiversideCustomer).Status());
        Assert.NotEqual(ConsentStatus.OptedOut, await new ThreadDriver(_app, LakesideCustomer, DemoSeeder.LakesideServiceLine).Status());
        Assert.Contains(_app.Logs.Lines, line => line.Text.Contains("belongs to dealership") && line.Text.Contains("Vonage:Dealerships"));
    }

    [Fact]
    public async Task AStatusSignedByAnotherAccountLeavesTheTextAsItWas()
    {
        var sent = await SendsAsync(RiversideCustomer, DemoSeeder.ServiceLine, Staff.Advisor, "Your RAV4 is ready.");

        var delivered = SignedWebhook.Status(sent.ProviderMessageId!, "delivered", sent.Id);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await PostAsync(SignedBy(LakesideSecret, LakesideKey, Status, delivered)));
        Assert.Equal(MessageStatus.Sent, await StatusOf(sent.Id));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedBy(SignedWebhook.Secret, InstallKey, Status, delivered)));
        Assert.Equal(MessageStatus.Delivered, await StatusOf(sent.Id));
    }

    private async Task<MessageStatus> StatusOf(long messageId)
    {
        await using var db = _app.CreateDbContext();
        return await db.Messages.Where(m => m.Id == messageId).Select(m => m.Status).SingleAsync();
    }
}
