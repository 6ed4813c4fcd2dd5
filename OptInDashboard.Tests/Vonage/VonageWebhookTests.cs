using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>The inbound and status webhooks, through HTTP, with the signature secret set.</summary>
public sealed class VonageWebhookTests(VonageWebhookTests.App app) : IClassFixture<VonageWebhookTests.App>
{
    public sealed class App() : ConfiguredTestApp(new Dictionary<string, string?> { ["Vonage:SignatureSecret"] = SignedWebhook.Secret });

    private const string Inbound = "/webhooks/vonage/inbound";
    private const string Status = "/webhooks/vonage/status";
    private static readonly string ServiceLine = DemoSeeder.ServiceLine.TrimStart('+');

    private static string NewUuid() => Guid.NewGuid().ToString();

    /// <summary>A number no other test in this class texts from, so counts are this test's own.</summary>
    private static string NewCustomer() => $"1555{Random.Shared.Next(2_000_000, 9_999_999)}";

    private async Task<HttpStatusCode> PostAsync(HttpRequestMessage request)
    {
        using var response = await app.CreateClient().SendAsync(request);
        return response.StatusCode;
    }

    private async Task<int> StoredWith(string uuid)
    {
        await using var db = app.CreateDbContext();
        return await db.Messages.CountAsync(m => m.ProviderMessageId == uuid) + await db.UnroutedMessages.CountAsync(u => u.ProviderMessageId == uuid);
    }

    [Fact]
    public async Task ASignedStopIsStoredInE164AndOptsTheCustomerOut()
    {
        var customer = NewCustomer();
        var uuid = NewUuid();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Inbound, SignedWebhook.Inbound(uuid, customer, ServiceLine, "STOP"))));

        var thread = new ThreadDriver(app, "+" + customer);
        var inbound = Assert.Single(await thread.Messages(), m => m.Direction == MessageDirection.Inbound);
        Assert.Equal(uuid, inbound.ProviderMessageId);
        Assert.Equal(ConsentStatus.OptedOut, await thread.Status());
        await thread.Delivered(AutoReply.OptOutConfirmation);
    }

    [Fact]
    public async Task TheSameDeliveryTwiceStoresOneMessage()
    {
        var customer = NewCustomer();
        var json = SignedWebhook.Inbound(NewUuid(), customer, ServiceLine, "Is my car ready?");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Inbound, json)));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Inbound, json)));

        Assert.Single(await new ThreadDriver(app, "+" + customer).Messages());
    }

    [Fact]
    public async Task TenConcurrentDeliveriesOfOneStopYieldOneMessageOneConsentEventAndOneConfirmation()
    {
        var customer = NewCustomer();
        var json = SignedWebhook.Inbound(NewUuid(), customer, ServiceLine, "STOP");

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PostAsync(SignedWebhook.Signed(Inbound, json))));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var thread = new ThreadDriver(app, "+" + customer);
        await thread.Settled();
        var messages = await thread.Messages();
        Assert.Single(messages, m => m.Direction == MessageDirection.Inbound);
        Assert.Single(messages, m => m.AutoReply == AutoReply.OptOutConfirmation);
        Assert.Single(await thread.Ledger());
    }

    [Fact]
    public async Task ConcurrentFirstTextsFromANewNumberCreateOneContact()
    {
        var customer = NewCustomer();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            PostAsync(SignedWebhook.Signed(Inbound, SignedWebhook.Inbound(NewUuid(), customer, ServiceLine, $"Question {i}")))));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(8, (await new ThreadDriver(app, "+" + customer).Messages()).Count(m => m.Direction == MessageDirection.Inbound));
    }

    public enum Forgery { WrongSecret, TokenForAnotherBody, TokenOlderThanVonagesRetryWindow, NotAJwt, AlgNone }

    [Theory]
    [InlineData(Forgery.WrongSecret)]
    [InlineData(Forgery.TokenForAnotherBody)]
    [InlineData(Forgery.TokenOlderThanVonagesRetryWindow)]
    [InlineData(Forgery.NotAJwt)]
    [InlineData(Forgery.AlgNone)]
    public async Task APresentButInvalidSignatureGets401AndNothingIsStored(Forgery forgery)
    {
        var uuid = NewUuid();
        var json = SignedWebhook.Inbound(uuid, NewCustomer(), ServiceLine, "STOP");
        var request = forgery switch
        {
            Forgery.WrongSecret => SignedWebhook.Signed(Inbound, json, secret: "not-the-secret"),
            Forgery.TokenForAnotherBody => SignedWebhook.Post(Inbound, json, SignedWebhook.Signed(Inbound, json.Replace("STOP", "START")).Headers.Authorization!.Parameter),
            Forgery.TokenOlderThanVonagesRetryWindow => SignedWebhook.Signed(Inbound, json, issuedAt: DateTimeOffset.UtcNow.AddHours(-26)),
            Forgery.NotAJwt => SignedWebhook.Post(Inbound, json, "not-a-jwt"),
            _ => SignedWebhook.Post(Inbound, json, UnsignedToken(json)),
        };

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await StoredWith(uuid));
    }

    [Theory]
    [InlineData(Inbound)]
    [InlineData(Status)]
    public async Task AnUnsignedWebhookGets503SoVonageDeliversItAgainAndNothingIsStored(string path)
    {
        var uuid = NewUuid();
        var json = path == Inbound ? SignedWebhook.Inbound(uuid, NewCustomer(), ServiceLine, "STOP") : SignedWebhook.Status(uuid, "delivered");

        using var response = await app.CreateClient().SendAsync(SignedWebhook.Post(path, json));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await StoredWith(uuid));
        Assert.Contains(app.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("no signature"));
    }

    public static TheoryData<string, string> MalformedHeaders()
    {
        const string hs256 = """{"alg":"HS256","typ":"JWT"}""";
        static string Claims(string json) => json.Replace("NOW", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new()
        {
            { "not Bearer", "Basic YWJjOmRlZg==" },
            { "Bearer and nothing", "Bearer " },
            { "four segments", "Bearer a.b.c.d" },
            { "header not base64url", "Bearer !!!.e30.c2ln" },
            { "header a JSON array", "Bearer " + SignedWebhook.Token("[1,2]", Claims("""{"iat":NOW}""")) },
            { "header a JSON string", "Bearer " + SignedWebhook.Token("\"HS256\"", Claims("""{"iat":NOW}""")) },
            { "claims a JSON array", "Bearer " + SignedWebhook.Token(hs256, "[\"payload_hash\"]") },
            { "iat a string", "Bearer " + SignedWebhook.Token(hs256, Claims("""{"iat":"NOW","payload_hash":"00"}""")) },
            { "iat beyond any date", "Bearer " + SignedWebhook.Token(hs256, """{"iat":1e300,"payload_hash":"00"}""") },
            { "payload_hash a number", "Bearer " + SignedWebhook.Token(hs256, Claims("""{"iat":NOW,"payload_hash":12}""")) },
        };
    }

    [Theory]
    [MemberData(nameof(MalformedHeaders))]
    public async Task AMalformedTokenHeaderGets401AndAWarningNever500(string malformation, string authorization)
    {
        var uuid = NewUuid();
        var request = SignedWebhook.Post(Inbound, SignedWebhook.Inbound(uuid, NewCustomer(), ServiceLine, "STOP"));
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await app.CreateClient().SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{malformation}: got {(int)response.StatusCode}");
        Assert.Equal(0, await StoredWith(uuid));
        Assert.Contains(app.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("signature was refused"));
    }

    [Fact]
    public async Task ADeliveryRetriedAfterAThirtyMinuteOutageIsAcceptedAndStoredOnce()
    {
        var customer = NewCustomer();
        var uuid = NewUuid();
        var json = SignedWebhook.Inbound(uuid, customer, ServiceLine, "STOP");
        var issuedBeforeTheOutage = DateTimeOffset.UtcNow.AddMinutes(-30);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Inbound, json, issuedAt: issuedBeforeTheOutage)));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Inbound, json, issuedAt: issuedBeforeTheOutage)));

        var thread = new ThreadDriver(app, "+" + customer);
        Assert.Single(await thread.Messages(), m => m.Direction == MessageDirection.Inbound);
        Assert.Single(await thread.Ledger());
        Assert.Equal(ConsentStatus.OptedOut, await thread.Status());
    }

    [Fact]
    public async Task ADeliveryRetriedAtTheEndOfVonagesDayOfRetriesIsStillAccepted()
    {
        var customer = NewCustomer();
        var json = SignedWebhook.Inbound(NewUuid(), customer, ServiceLine, "Is my car ready?");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Inbound, json, issuedAt: DateTimeOffset.UtcNow.AddHours(-24).AddMinutes(-5))));

        Assert.Single(await new ThreadDriver(app, "+" + customer).Messages());
    }

    [Fact]
    public async Task AStatusRetriedAfterAThirtyMinuteOutageOnlyMovesForward()
    {
        var (id, uuid) = await SentMessageAsync();
        var issuedBeforeTheOutage = DateTimeOffset.UtcNow.AddMinutes(-30);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Status, SignedWebhook.Status(uuid, "delivered", id))));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Status, SignedWebhook.Status(uuid, "submitted", id), issuedAt: issuedBeforeTheOutage)));

        await using var db = app.CreateDbContext();
        Assert.Equal(MessageStatus.Delivered, (await db.Messages.SingleAsync(m => m.Id == id)).Status);
    }

    [Fact]
    public async Task AForgedStatusWebhookChangesNothing()
    {
        var (id, uuid) = await SentMessageAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(SignedWebhook.Signed(Status, SignedWebhook.Status(uuid, "rejected"), secret: "guess")));

        await using var db = app.CreateDbContext();
        Assert.Equal(MessageStatus.Sent, (await db.Messages.SingleAsync(m => m.Id == id)).Status);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("""{"message_uuid":"0f1e2d3c-missing-from","to":"15555550100","text":"hi"}""")]
    [InlineData("""{"message_uuid":"0f1e2d3c-bad-number","from":"not-a-number","to":"15555550100","text":"hi","channel":"sms"}""")]
    [InlineData("""{"message_uuid":"0f1e2d3c-whatsapp","from":"15555550111","to":"15555550100","text":"hi","channel":"whatsapp"}""")]
    public async Task AMalformedInboundWebhookIsABadRequestWithProblemDetails(string json)
    {
        using var response = await app.CreateClient().SendAsync(SignedWebhook.Signed(Inbound, json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnOversizeBodyIsRefusedBeforeItsSignatureIsChecked()
    {
        var uuid = NewUuid();
        var json = SignedWebhook.Inbound(uuid, NewCustomer(), ServiceLine, new string('x', 70 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync(SignedWebhook.Signed(Inbound, json)));
        Assert.Equal(0, await StoredWith(uuid));
    }

    [Fact]
    public async Task ATextForANumberThatIsNotOurLineIsAcknowledgedAndKeptOnceForAdmins()
    {
        var uuid = NewUuid();
        var json = SignedWebhook.Inbound(uuid, NewCustomer(), "15555559999", "Wrong number?");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Inbound, json)));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Inbound, json)));

        await using var db = app.CreateDbContext();
        var kept = await db.UnroutedMessages.SingleAsync(u => u.ProviderMessageId == uuid);
        Assert.Equal("+15555559999", kept.To);
        Assert.Equal("Wrong number?", kept.Text);
    }

    [Fact]
    public async Task ADeliveredStatusMarksTheTextDeliveredAndUpdatesTheThreadLive()
    {
        var (id, uuid) = await SentMessageAsync();
        var changed = new TaskCompletionSource<ThreadChanges>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = app.Get<ThreadEvents>().Subscribe(change => change.Kind == ThreadChangeKind.MessageStatus, changes => { changed.TrySetResult(changes); return Task.CompletedTask; });

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Status, SignedWebhook.Status(uuid, "delivered", id))));

        await changed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await using var db = app.CreateDbContext();
        Assert.Equal(MessageStatus.Delivered, (await db.Messages.SingleAsync(m => m.Id == id)).Status);
    }

    [Fact]
    public async Task ARejectedStatusFailsTheTextWithVonagesReason()
    {
        var (id, uuid) = await SentMessageAsync();
        var error = new { type = "https://developer.vonage.com/api-errors/messages#1320", title = "Invalid destination", detail = "The number is not reachable." };

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Status, SignedWebhook.Status(uuid, "rejected", id, error))));

        await using var db = app.CreateDbContext();
        var message = await db.Messages.SingleAsync(m => m.Id == id);
        Assert.Equal(MessageStatus.Failed, message.Status);
        Assert.Contains("Invalid destination", message.StatusReason);
        Assert.Contains("The number is not reachable.", message.StatusReason);
    }

    [Fact]
    public async Task ALateSubmittedStatusDoesNotUndoDelivered()
    {
        var (id, uuid) = await SentMessageAsync();

        await PostAsync(SignedWebhook.Signed(Status, SignedWebhook.Status(uuid, "delivered", id)));
        await PostAsync(SignedWebhook.Signed(Status, SignedWebhook.Status(uuid, "submitted", id)));

        await using var db = app.CreateDbContext();
        Assert.Equal(MessageStatus.Delivered, (await db.Messages.SingleAsync(m => m.Id == id)).Status);
    }

    [Fact]
    public async Task AStatusNamingOnlyOurClientRefResolvesATextOfUnknownOutcome()
    {
        var (id, _) = await SentMessageAsync(MessageStatus.Failed, providerId: null, reason: OutboxRecovery.UnknownOutcome);
        var uuid = NewUuid();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Status, SignedWebhook.Status(uuid, "delivered", id))));

        await using var db = app.CreateDbContext();
        var message = await db.Messages.SingleAsync(m => m.Id == id);
        Assert.Equal(MessageStatus.Delivered, message.Status);
        Assert.Equal(uuid, message.ProviderMessageId);
        Assert.Null(message.StatusReason);
    }

    [Fact]
    public async Task AStatusForAnUnknownMessageIsAcknowledgedSoVonageStopsRetrying()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Status, SignedWebhook.Status(NewUuid(), "delivered", 987654321))));
    }

    [Fact]
    public async Task ALongInboundTextIsKeptWhole()
    {
        var customer = NewCustomer();
        var text = string.Concat(Enumerable.Repeat("My car makes a grinding noise when I brake downhill. ", 100));
        Assert.True(text.Length > 5000);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Inbound, SignedWebhook.Inbound(NewUuid(), customer, ServiceLine, text))));

        var inbound = Assert.Single(await new ThreadDriver(app, "+" + customer).Messages(), m => m.Direction == MessageDirection.Inbound);
        Assert.Equal(text, inbound.Text);
    }

    [Theory]
    [InlineData(Inbound)]
    [InlineData(Status)]
    public async Task AnAbsurdlyLongMessageUuidIsRefusedWith400AndNothingIsStored(string path)
    {
        var uuid = new string('7', 101);
        var json = path == Inbound ? SignedWebhook.Inbound(uuid, NewCustomer(), ServiceLine, "STOP") : SignedWebhook.Status(uuid, "delivered");

        using var response = await app.CreateClient().SendAsync(SignedWebhook.Signed(path, json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("message_uuid", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await StoredWith(uuid));
    }

    [Fact]
    public async Task ARejectedStatusWithVonagesNumericErrorTitleIsApplied()
    {
        var (id, uuid) = await SentMessageAsync();
        var error = new { type = "https://developer.vonage.com/api-errors/messages#1260", title = 1260, detail = "Destination unreachable - The message could not be delivered to the phone number." };

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Signed(Status, SignedWebhook.Status(uuid, "rejected", id, error))));

        await using var db = app.CreateDbContext();
        var message = await db.Messages.SingleAsync(m => m.Id == id);
        Assert.Equal(MessageStatus.Failed, message.Status);
        Assert.Contains("Vonage error 1260: Destination unreachable", message.StatusReason);
        Assert.False(message.RefusedForConsent);
    }

    /// <summary>An advisor text as the dispatcher would leave it after Vonage accepted it.</summary>
    private async Task<(long Id, string Uuid)> SentMessageAsync(MessageStatus status = MessageStatus.Sent, string? providerId = "", string? reason = null)
    {
        var uuid = providerId == "" ? NewUuid() : providerId;
        var (contactId, lineId) = await new ThreadDriver(app, "+15555550112").Ids();
        await using var db = app.CreateDbContext();
        var message = new Message
        {
            ContactId = contactId,
            LineId = lineId,
            Direction = MessageDirection.Outbound,
            Sender = MessageSender.Staff,
            Text = "Your brakes are done.",
            Status = status,
            StatusReason = reason,
            ProviderMessageId = uuid,
            CreatedAt = DateTime.UtcNow,
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync();
        return (message.Id, uuid ?? "");
    }

    private static string UnsignedToken(string json)
    {
        static string Part(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var hash = OptInDashboard.Messaging.Vonage.VonageWebhookToken.PayloadHash(Encoding.UTF8.GetBytes(json));
        return $"{Part("""{"alg":"none","typ":"JWT"}""")}.{Part($$"""{"iat":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}},"payload_hash":"{{hash}}"}""")}.";
    }
}
