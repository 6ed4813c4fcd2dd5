using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>The outbound contract against a fake Vonage on a real socket: request shape, authentication, faults.</summary>
public sealed class VonageSendTests : IAsyncLifetime
{
    private const string Maria = "+15555550111";
    private FakeVonage _fake = default!;

    public async Task InitializeAsync() => _fake = await FakeVonage.StartAsync();
    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private ConfiguredTestApp App(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Messaging:Provider"] = "Vonage",
            ["Vonage:BaseUrl"] = _fake.BaseUrl.ToString(),
            ["Vonage:ApiKey"] = "abcd1234",
            ["Vonage:ApiSecret"] = "s3cr3t-api",
            ["Vonage:AttemptTimeout"] = "00:00:00.300",
            ["Vonage:RetryBaseDelay"] = "00:00:00.010",
            ["Vonage:MaxRetries"] = "3",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return new ConfiguredTestApp(settings);
    }

    private static Task<Message> Settled(TestApp app, long id) =>
        Eventually.Get(async () =>
        {
            await using var db = app.CreateDbContext();
            var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id);
            return message.Status is MessageStatus.Queued or MessageStatus.Sending ? null : message;
        }, $"message {id} to leave the outbox");

    private List<RecordedRequest> RequestsFor(long messageId) =>
        _fake.Requests.Where(r => r.Body.GetProperty("client_ref").GetString() == messageId.ToString()).ToList();

    [Fact]
    public async Task AnAdvisorTextIsPostedAsOneSmsWithBasicAuthAndItsMessageUuidRecorded()
    {
        await using var app = App();
        var queued = await new ThreadDriver(app, Maria).AdvisorSends("Your RAV4 is ready.");

        var sent = await Settled(app, queued.Id);

        Assert.Equal(MessageStatus.Sent, sent.Status);
        var request = Assert.Single(RequestsFor(queued.Id));
        Assert.Equal("/v1/messages", request.Path);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("abcd1234:s3cr3t-api")), request.Authorization);
        Assert.Equal("text", request.Body.GetProperty("message_type").GetString());
        Assert.Equal("sms", request.Body.GetProperty("channel").GetString());
        Assert.Equal("15555550111", request.Body.GetProperty("to").GetString());
        Assert.Equal(DemoSeeder.ServiceLine.TrimStart('+'), request.Body.GetProperty("from").GetString());
        Assert.Equal(queued.Text, request.Body.GetProperty("text").GetString());
        Assert.Contains(sent.ProviderMessageId, _fake.AcceptedUuids);
    }

    [Fact]
    public async Task WithAnApplicationIdEachRequestCarriesAnRs256JwtWithVonagesClaims()
    {
        using var rsa = RSA.Create(2048);
        var keyPath = Path.Combine(Path.GetTempPath(), $"vonage-{Guid.NewGuid():N}.key");
        await File.WriteAllTextAsync(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        try
        {
            await using var app = App(("Vonage:ApiKey", null), ("Vonage:ApiSecret", null),
                ("Vonage:ApplicationId", "aaaaaaaa-bbbb-cccc-dddd-0123456789ab"), ("Vonage:PrivateKeyPath", keyPath));
            var queued = await new ThreadDriver(app, Maria).AdvisorSends("Signed with a JWT.");
            Assert.Equal(MessageStatus.Sent, (await Settled(app, queued.Id)).Status);

            var authorization = Assert.Single(RequestsFor(queued.Id)).Authorization!;
            Assert.StartsWith("Bearer ", authorization);
            var validation = await new JsonWebTokenHandler().ValidateTokenAsync(authorization["Bearer ".Length..], new TokenValidationParameters
            {
                IssuerSigningKey = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)),
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                ValidateIssuer = false,
                ValidateAudience = false,
                ValidateLifetime = true,
            });
            Assert.True(validation.IsValid, validation.Exception?.Message);
            Assert.Equal("aaaaaaaa-bbbb-cccc-dddd-0123456789ab", validation.Claims["application_id"]);
            Assert.False(string.IsNullOrEmpty(validation.Claims["jti"]?.ToString()));
            Assert.True(validation.Claims.ContainsKey("iat"));
            Assert.True(validation.Claims.ContainsKey("exp"));
        }
        finally
        {
            File.Delete(keyPath);
        }
    }

    [Fact]
    public async Task ARefusalFailsTheTextAtOnceWithVonagesTitleAndDetail()
    {
        _fake.ThenFail(422, "Invalid params", "The value of the 'to' parameter is invalid.");
        await using var app = App();
        var queued = await new ThreadDriver(app, Maria).AdvisorSends("Refused.");

        var failed = await Settled(app, queued.Id);

        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.Contains("Invalid params", failed.StatusReason);
        Assert.Contains("The value of the 'to' parameter is invalid.", failed.StatusReason);
        Assert.Single(RequestsFor(queued.Id));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task AServerErrorIsNotResentBecauseTheTextMayHaveBeenSent(int status)
    {
        _fake.ThenFail(status, "Internal Error", "There was an error processing your request in the Platform.");
        await using var app = App();
        var queued = await new ThreadDriver(app, Maria).AdvisorSends("Maybe sent.");

        var failed = await Settled(app, queued.Id);

        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.StartsWith("Unknown:", failed.StatusReason);
        Assert.Contains($"HTTP {status}", failed.StatusReason);
        Assert.Contains("may have been sent", failed.StatusReason);
        Assert.Single(RequestsFor(queued.Id));
    }

    [Fact]
    public async Task ATimeoutIsNotResentBecauseTheTextMayHaveBeenSent()
    {
        _fake.ThenHang();
        await using var app = App();
        var queued = await new ThreadDriver(app, Maria).AdvisorSends("Slow network.");

        var failed = await Settled(app, queued.Id);

        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.StartsWith("Unknown:", failed.StatusReason);
        Assert.Contains("may have been sent", failed.StatusReason);
        Assert.Single(RequestsFor(queued.Id));
    }

    [Fact]
    public async Task AConnectionDroppedAfterTheRequestIsNotResentBecauseTheTextMayHaveBeenSent()
    {
        _fake.ThenDrop();
        await using var app = App();
        var queued = await new ThreadDriver(app, Maria).AdvisorSends("Dropped.");

        var failed = await Settled(app, queued.Id);

        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.Contains("may have been sent", failed.StatusReason);
        Assert.Single(RequestsFor(queued.Id));
    }

    [Fact]
    public async Task ARateLimitIsRetriedAfterTheWaitVonageAsksForUnderTheSameClientRef()
    {
        _fake.ThenRateLimit(retryAfterSeconds: 1);
        await using var app = App();
        var queued = await new ThreadDriver(app, Maria).AdvisorSends("Busy.");

        var sent = await Settled(app, queued.Id);

        Assert.Equal(MessageStatus.Sent, sent.Status);
        var requests = RequestsFor(queued.Id);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(950),
            $"the retry came {(requests[1].At - requests[0].At).TotalMilliseconds:0} ms after the 429 that asked for 1 s");
    }

    [Fact]
    public async Task ARateLimitAskingForMoreThanTheBoundFailsTheTextAsNotSent()
    {
        _fake.ThenRateLimit(retryAfterSeconds: 120);
        await using var app = App(("Vonage:MaxRetryAfter", "00:00:05"));
        var queued = await new ThreadDriver(app, Maria).AdvisorSends("Very busy.");

        var failed = await Settled(app, queued.Id);

        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.StartsWith("Not sent:", failed.StatusReason);
        Assert.Contains("asked to wait 120 s", failed.StatusReason);
        Assert.Contains("Retry is safe", failed.StatusReason);
        Assert.Single(RequestsFor(queued.Id));
    }

    [Fact]
    public async Task AConnectionRefusedIsRetriedBecauseNothingReachedVonage()
    {
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        // A generous attempt timeout: on a loaded machine even a refused connect can take longer than the 0.3 s the other tests use.
        await using var app = App(("Vonage:BaseUrl", $"http://127.0.0.1:{port}/"), ("Vonage:AttemptTimeout", "00:00:05"));
        var queued = await new ThreadDriver(app, Maria).AdvisorSends("Nobody home.");

        var failed = await Settled(app, queued.Id);

        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.Equal("Not sent: Vonage could not be reached (4 attempts). Retry is safe.", failed.StatusReason);
    }

    [Fact]
    public async Task AnAdvisorCanRetryAFailedTextAndItGoesOutUnderTheSameClientRef()
    {
        _fake.ThenFail(403, "Forbidden", "Your account does not have permission.");
        await using var app = App();
        var queued = await new ThreadDriver(app, Maria).AdvisorSends("Try again.");
        Assert.Equal(MessageStatus.Failed, (await Settled(app, queued.Id)).Status);

        var retried = await app.Get<AdvisorSender>().RetryAsync(queued.Id, Staff.Advisor);

        Assert.Equal(MessageStatus.Queued, retried.Status);
        Assert.Equal(MessageStatus.Sent, (await Settled(app, queued.Id)).Status);
        Assert.Equal(2, RequestsFor(queued.Id).Count);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.Get<AdvisorSender>().RetryAsync(queued.Id, Staff.Advisor));
    }

    [Fact]
    public async Task RetryingAFailedTextAsksTheSendGateAgain()
    {
        _fake.ThenFail(403, "Forbidden", "Your account does not have permission.");
        await using var app = App();
        var maria = new ThreadDriver(app, Maria);
        var queued = await maria.AdvisorSends("Try again later.");
        Assert.Equal(MessageStatus.Failed, (await Settled(app, queued.Id)).Status);
        await maria.CustomerTexts("STOP");

        var retried = await app.Get<AdvisorSender>().RetryAsync(queued.Id, Staff.Advisor);

        Assert.Equal(MessageStatus.Blocked, retried.Status);
        Assert.Contains("Opted out", retried.StatusReason);
        await maria.Settled();
        Assert.Single(RequestsFor(queued.Id));
    }
}
