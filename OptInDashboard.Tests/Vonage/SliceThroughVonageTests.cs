using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>
/// The foundation slice with Vonage instead of the simulator: the customer's texts arrive as signed
/// webhooks, and everything the customer receives is what our app posted to the (fake) Vonage API.
/// </summary>
public sealed class SliceThroughVonageTests : IAsyncLifetime
{
    private const string Maria = "+15555550111";
    private FakeVonage _fake = default!;
    private ConfiguredTestApp _app = default!;
    private HttpClient _webhooks = default!;
    private int _sequence;

    public async Task InitializeAsync()
    {
        _fake = await FakeVonage.StartAsync();
        _app = new ConfiguredTestApp(new Dictionary<string, string?>
        {
            ["Messaging:Provider"] = "Vonage",
            ["Vonage:BaseUrl"] = _fake.BaseUrl.ToString(),
            ["Vonage:ApiKey"] = "abcd1234",
            ["Vonage:ApiSecret"] = "s3cr3t-api",
            ["Vonage:SignatureSecret"] = SignedWebhook.Secret,
            ["Vonage:RetryBaseDelay"] = "00:00:00.010",
        });
        _webhooks = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task TheWholeOptOutSliceWorksThroughSignedWebhooksAndTheVonageApi()
    {
        var maria = new ThreadDriver(_app, Maria);

        await CustomerTexts("STOP");
        Assert.Equal(ConsentStatus.OptedOut, await maria.Status());
        Assert.Equal(ConsentReplies.OptedOut, await NextTextVonageSends());

        var blocked = await maria.AdvisorSends("Your car is ready");
        Assert.Equal(MessageStatus.Blocked, blocked.Status);

        await CustomerTexts("when can I pick it up?");
        Assert.Equal(ConsentReplies.StillOptedOut, await NextTextVonageSends());

        await CustomerTexts("REJOIN");
        Assert.Equal(ConsentReplies.OptedBackIn, await NextTextVonageSends());
        Assert.Equal(ConsentStatus.OptedIn, await maria.Status());

        var sent = await maria.AdvisorSends("Your car is ready");
        Assert.Equal("Your car is ready\nText STOP to opt-out", await NextTextVonageSends());
        Assert.Equal(4, _fake.Requests.Count); // the blocked text never reached Vonage
        Assert.All(_fake.Requests, r => Assert.Equal("15555550111", r.Body.GetProperty("to").GetString()));

        var uuid = await Eventually.Get(async () =>
        {
            await using var db = _app.CreateDbContext();
            return await db.Messages.Where(m => m.Id == sent.Id && m.Status == MessageStatus.Sent).Select(m => m.ProviderMessageId).SingleOrDefaultAsync();
        }, "the advisor text to be accepted by Vonage");
        var status = await _webhooks.SendAsync(SignedWebhook.Signed("/webhooks/vonage/status", SignedWebhook.Status(uuid, "delivered")));
        status.EnsureSuccessStatusCode();
        Assert.Equal(MessageStatus.Delivered, (await maria.Messages()).Single(m => m.Id == sent.Id).Status);
    }

    private async Task CustomerTexts(string text)
    {
        var body = SignedWebhook.Inbound($"in-{++_sequence}", "15555550111", DemoSeeder.ServiceLine.TrimStart('+'), text);
        var response = await _webhooks.SendAsync(SignedWebhook.Signed("/webhooks/vonage/inbound", body));
        response.EnsureSuccessStatusCode();
    }

    private int _seen;

    private async Task<string> NextTextVonageSends()
    {
        var request = await Eventually.Get(() => Task.FromResult(_fake.Requests.Skip(_seen).FirstOrDefault()), "our app to post a text to Vonage");
        _seen++;
        return request.Body.GetProperty("text").GetString()!;
    }
}
