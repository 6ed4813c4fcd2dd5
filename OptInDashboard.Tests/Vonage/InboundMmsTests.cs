using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Messaging;
using OptInDashboard.Messaging.Vonage;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>
/// Inbound MMS through the signed webhook: stored with its caption and a pending attachment before the
/// answer, the caption read for consent like any text, the file fetched afterwards from the fake Vonage's
/// media store and served to staff from the stored bytes.
/// </summary>
public sealed class InboundMmsTests(InboundMmsTests.Fixture fixture) : IClassFixture<InboundMmsTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public FakeVonage Vonage { get; private set; } = default!;
        public TestApp App { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Vonage = await FakeVonage.StartAsync();
            App = new ConfiguredTestApp(new Dictionary<string, string?>
            {
                ["Vonage:SignatureSecret"] = SignedWebhook.Secret,
                ["Vonage:MediaRetryBaseDelay"] = "00:00:00.050",
                ["Vonage:MediaFetchAttempts"] = "3",
                ["Vonage:MediaMaxBytes"] = "100000",
            });
            _ = App.Server; // start it
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            await Vonage.DisposeAsync();
        }
    }

    private const string Inbound = "/webhooks/vonage/inbound";
    private static readonly string ServiceLine = DemoSeeder.ServiceLine.TrimStart('+');
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];

    private TestApp App => fixture.App;
    private FakeVonage Vonage => fixture.Vonage;

    private static string NewCustomer() => $"1555{Random.Shared.Next(2_000_000, 9_999_999)}";

    private async Task<HttpStatusCode> PostAsync(string json)
    {
        using var response = await App.CreateClient().SendAsync(SignedWebhook.Signed(Inbound, json));
        return response.StatusCode;
    }

    private async Task<(Message Message, MessageMedia Media)> StoredAsync(string uuid)
    {
        await using var db = App.CreateDbContext();
        var message = await db.Messages.AsNoTracking().SingleAsync(m => m.ProviderMessageId == uuid);
        var media = await db.MessageMedia.AsNoTracking().SingleAsync(m => m.MessageId == message.Id);
        return (message, media);
    }

    private Task<MessageMedia> SettledAsync(string uuid) =>
        Eventually.Get(async () => (await StoredAsync(uuid)).Media is { Status: not MediaFetchStatus.Pending } media ? media : null, $"the media of {uuid} to settle");

    [Fact]
    public async Task AnMmsIsStoredWithItsCaptionAndAPendingAttachmentBeforeTheAnswerAndFetchedAfter()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var uuid = Guid.NewGuid().ToString();
        var url = Vonage.ServeMedia(uuid, Jpeg, "image/jpeg", release.Task);

        // The download hangs until released: a fetch inside the request would hold the answer back.
        var answered = await PostAsync(SignedWebhook.Mms(uuid, NewCustomer(), ServiceLine, "image", url, caption: "Here is the dent"))
            .WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.OK, answered);
        var (message, pending) = await StoredAsync(uuid);
        Assert.Equal("Here is the dent", message.Text);
        Assert.Equal(MediaKind.Image, pending.Kind);
        Assert.Equal(MediaFetchStatus.Pending, pending.Status);
        Assert.Equal(url.ToString(), pending.SourceUrl);

        release.SetResult();
        var fetched = await SettledAsync(uuid);
        Assert.Equal(MediaFetchStatus.Fetched, fetched.Status);
        Assert.Equal(Jpeg, fetched.Content);
        Assert.Equal("image/jpeg", fetched.ContentType);
    }

    [Fact]
    public async Task AFetchedAttachmentReachesTheOpenThreadLive()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var uuid = Guid.NewGuid().ToString();
        var url = Vonage.ServeMedia(uuid, Jpeg, "image/jpeg", release.Task);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Mms(uuid, NewCustomer(), ServiceLine, "image", url, caption: "The dent")));
        var (message, _) = await StoredAsync(uuid);
        var fetched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var thread = App.Get<ThreadEvents>().Subscribe(change => change.Concerns(message.ContactId, message.LineId), _ =>
        {
            fetched.TrySetResult();
            return Task.CompletedTask;
        }, TimeSpan.Zero);

        release.SetResult();

        await fetched.Task.WaitAsync(TimeSpan.FromSeconds(10)); // the page that shows "Image arriving…" hears when it has come
        Assert.Equal(MediaFetchStatus.Fetched, (await SettledAsync(uuid)).Status);
    }

    [Fact]
    public async Task StopAsAPhotoCaptionOptsTheCustomerOut()
    {
        var customer = NewCustomer();
        var uuid = Guid.NewGuid().ToString();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Mms(uuid, customer, ServiceLine, "image", Vonage.ServeMedia(uuid, Jpeg, "image/jpeg"), caption: "STOP")));

        var thread = new ThreadDriver(App, "+" + customer);
        Assert.Equal(ConsentStatus.OptedOut, await thread.Status());
        var change = Assert.Single(await thread.Ledger());
        Assert.Equal(ConsentCause.Keyword, change.Cause);
        Assert.Equal("STOP", change.EvidenceText);
        await thread.Delivered(AutoReply.OptOutConfirmation);
    }

    [Fact]
    public async Task APhotoWithoutACaptionChangesNoConsent()
    {
        var customer = NewCustomer();
        var uuid = Guid.NewGuid().ToString();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Mms(uuid, customer, ServiceLine, "image", Vonage.ServeMedia(uuid, Jpeg, "image/jpeg"))));

        var thread = new ThreadDriver(App, "+" + customer);
        Assert.Equal("", Assert.Single(await thread.Messages()).Text);
        Assert.Empty(await thread.Ledger());
    }

    [Theory]
    [InlineData("video", "video/mp4", MediaKind.Video)]
    [InlineData("audio", "audio/amr", MediaKind.Audio)]
    [InlineData("file", "application/pdf", MediaKind.File)]
    [InlineData("vcard", "text/vcard", MediaKind.VCard)]
    public async Task EveryInboundMmsTypeIsKeptWithItsFile(string type, string contentType, MediaKind kind)
    {
        var uuid = Guid.NewGuid().ToString();
        byte[] content = [1, 2, 3, 4, 5];

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Mms(uuid, NewCustomer(), ServiceLine, type, Vonage.ServeMedia(uuid, content, contentType), name: type == "file" ? "estimate.pdf" : null)));

        var media = await SettledAsync(uuid);
        Assert.Equal(kind, media.Kind);
        Assert.Equal(MediaFetchStatus.Fetched, media.Status);
        Assert.Equal(contentType, media.ContentType);
        Assert.Equal(content, media.Content);
        if (type == "file") Assert.Equal("estimate.pdf", media.FileName);
    }

    [Fact]
    public async Task ARepeatedMmsDeliveryStoresOneMessageAndOneAttachment()
    {
        var customer = NewCustomer();
        var uuid = Guid.NewGuid().ToString();
        var json = SignedWebhook.Mms(uuid, customer, ServiceLine, "image", Vonage.ServeMedia(uuid, Jpeg, "image/jpeg"), caption: "Photo");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(json));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(json));

        await using var db = App.CreateDbContext();
        Assert.Equal(1, await db.Messages.CountAsync(m => m.ProviderMessageId == uuid));
        Assert.Equal(1, await db.MessageMedia.CountAsync(m => m.Message!.ProviderMessageId == uuid));
    }

    [Fact]
    public async Task AnExpiredMediaLinkFailsAtOnceWithTheReason()
    {
        var uuid = Guid.NewGuid().ToString();

        await PostAsync(SignedWebhook.Mms(uuid, NewCustomer(), ServiceLine, "image", Vonage.ServeMedia(uuid, [], "image/jpeg", status: 410)));

        var media = await SettledAsync(uuid);
        Assert.Equal(MediaFetchStatus.Failed, media.Status);
        Assert.Equal(1, media.Attempts);
        Assert.Contains("expired", media.FailureReason);
    }

    [Fact]
    public async Task AFailedDownloadIsTriedAgainUntilItsAttemptsAreSpent()
    {
        var uuid = Guid.NewGuid().ToString();

        await PostAsync(SignedWebhook.Mms(uuid, NewCustomer(), ServiceLine, "image", Vonage.ServeMedia(uuid, [], "image/jpeg", status: 503)));

        var media = await Eventually.Get(async () => (await StoredAsync(uuid)).Media is { Status: MediaFetchStatus.Failed } failed ? failed : null,
            "three attempts", timeoutMs: 20_000);
        Assert.Equal(3, media.Attempts);
        Assert.Contains("HTTP 503", media.FailureReason);
        Assert.Equal(3, Vonage.MediaRequests.Count(r => r.Path.EndsWith(uuid, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AFileLargerThanTheLimitIsNotKeptButItsMessageIs()
    {
        var uuid = Guid.NewGuid().ToString();

        await PostAsync(SignedWebhook.Mms(uuid, NewCustomer(), ServiceLine, "video", Vonage.ServeMedia(uuid, new byte[200_000], "video/mp4"), caption: "Noise"));

        var media = await SettledAsync(uuid);
        Assert.Equal(MediaFetchStatus.Failed, media.Status);
        Assert.Null(media.Content);
        Assert.Contains("MediaMaxBytes", media.FailureReason);
        Assert.Equal("Noise", (await StoredAsync(uuid)).Message.Text);
    }

    [Theory]
    [InlineData("""{"message_uuid":"mms-no-url","from":"15555550111","to":"15555550100","channel":"mms","message_type":"image","image":{"caption":"hi"}}""")]
    [InlineData("""{"message_uuid":"mms-relative","from":"15555550111","to":"15555550100","channel":"mms","message_type":"image","image":{"url":"/v3/media/1"}}""")]
    [InlineData("""{"message_uuid":"mms-sticker","from":"15555550111","to":"15555550100","channel":"mms","message_type":"sticker","sticker":{"url":"https://api.nexmo.com/v3/media/1"}}""")]
    public async Task AnMmsWithoutAUsableAttachmentIsABadRequest(string json)
    {
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(json));
    }

    [Fact]
    public async Task TheMediaEndpointServesTheStoredBytesOnlyToSignedInStaff()
    {
        var uuid = Guid.NewGuid().ToString();
        await PostAsync(SignedWebhook.Mms(uuid, NewCustomer(), ServiceLine, "image", Vonage.ServeMedia(uuid, Jpeg, "image/jpeg")));
        var media = await SettledAsync(uuid);

        var anonymous = await App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync($"/media/{media.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode); // an API endpoint: .NET answers 401, not a redirect to the sign-in page

        using var advisor = await SignedIn.ClientAsync(App, "advisor@demo.local");
        using var image = await advisor.GetAsync($"/media/{media.Id}");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Jpeg, await image.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Null(image.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task AnythingButAnImageIsServedAsADownloadThatCannotRunInThePage()
    {
        var uuid = Guid.NewGuid().ToString();
        await PostAsync(SignedWebhook.Mms(uuid, NewCustomer(), ServiceLine, "file", Vonage.ServeMedia(uuid, "<script>alert(1)</script>"u8.ToArray(), "text/html"), name: "page.html"));
        var media = await SettledAsync(uuid);

        using var advisor = await SignedIn.ClientAsync(App, "advisor@demo.local");
        using var file = await advisor.GetAsync($"/media/{media.Id}");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("page.html", file.Content.Headers.ContentDisposition?.FileNameStar ?? file.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("sandbox", file.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task AnUnknownOrUnfetchedAttachmentIsNotFound()
    {
        using var advisor = await SignedIn.ClientAsync(App, "advisor@demo.local");
        using var response = await advisor.GetAsync("/media/987654321");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void ApplicationCredentialsGoOnlyToVonagesOwnHosts()
    {
        var baseUrl = new Uri("https://api.nexmo.com");
        Assert.True(VonageMediaClient.IsVonageHost(new Uri("https://api-us.nexmo.com/v3/media/1b456509"), baseUrl));
        Assert.True(VonageMediaClient.IsVonageHost(new Uri("https://api.nexmo.com/v3/media/1"), baseUrl));
        Assert.False(VonageMediaClient.IsVonageHost(new Uri("https://media.example.com/v3/media/1"), baseUrl));
        Assert.False(VonageMediaClient.IsVonageHost(new Uri("https://nexmo.com.example.com/x"), baseUrl));
        Assert.False(VonageMediaClient.IsVonageHost(new Uri("http://api-us.nexmo.com/v3/media/1"), new Uri("https://api.nexmo.com")));
    }
}

/// <summary>With "Secure Inbound Media" on, Vonage serves a file only to a request with the application's JWT.</summary>
public sealed class SecureInboundMediaTests : IAsyncLifetime
{
    private FakeVonage _fake = default!;
    private string _keyPath = "";

    public async Task InitializeAsync()
    {
        _fake = await FakeVonage.StartAsync();
        using var rsa = RSA.Create(2048);
        _keyPath = Path.Combine(Path.GetTempPath(), $"vonage-{Guid.NewGuid():N}.key");
        await File.WriteAllTextAsync(_keyPath, rsa.ExportPkcs8PrivateKeyPem());
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        File.Delete(_keyPath);
    }

    [Fact]
    public async Task TheDownloadCarriesTheApplicationsJwtWhenJwtCredentialsAreSet()
    {
        await using var app = new ConfiguredTestApp(new Dictionary<string, string?>
        {
            ["Vonage:SignatureSecret"] = SignedWebhook.Secret,
            ["Vonage:BaseUrl"] = _fake.BaseUrl.ToString(),
            ["Vonage:ApplicationId"] = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
            ["Vonage:PrivateKeyPath"] = _keyPath,
        });
        var uuid = Guid.NewGuid().ToString();
        var json = SignedWebhook.Mms(uuid, "15555550199", DemoSeeder.ServiceLine.TrimStart('+'), "image", _fake.ServeMedia(uuid, [1, 2, 3], "image/png"));

        using var response = await app.CreateClient().SendAsync(SignedWebhook.Signed("/webhooks/vonage/inbound", json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var download = await Eventually.Get(() => Task.FromResult(_fake.MediaRequests.Where(r => r.Path.EndsWith(uuid, StringComparison.Ordinal)).Select(r => Tuple.Create(r.Authorization)).FirstOrDefault()),
            "the media download");
        Assert.StartsWith("Bearer ", download.Item1);
    }

    [Fact]
    public async Task ADealershipsOwnApplicationSignsTheDownloadsOfItsAttachmentsAndOnlyThose()
    {
        const string lakesideSecret = "lakeside-signature-secret-0123456789";
        const string lakesideApplication = "11111111-2222-3333-4444-0123456789ab";
        await using var app = new ConfiguredTestApp(new Dictionary<string, string?>
        {
            ["Vonage:SignatureSecret"] = SignedWebhook.Secret,
            ["Vonage:BaseUrl"] = _fake.BaseUrl.ToString(),
            [$"Vonage:Dealerships:{Staff.Lakeside}:ApiKey"] = "lakeside-key",
            [$"Vonage:Dealerships:{Staff.Lakeside}:SignatureSecret"] = lakesideSecret,
            [$"Vonage:Dealerships:{Staff.Lakeside}:ApplicationId"] = lakesideApplication,
            [$"Vonage:Dealerships:{Staff.Lakeside}:PrivateKeyPath"] = _keyPath,
        });
        var atLakeside = Guid.NewGuid().ToString();
        var atRiverside = Guid.NewGuid().ToString();
        var lakesideJson = SignedWebhook.Mms(atLakeside, "15555550199", DemoSeeder.LakesideServiceLine.TrimStart('+'), "image", _fake.ServeMedia(atLakeside, [1, 2, 3], "image/png"));
        var riversideJson = SignedWebhook.Mms(atRiverside, "15555550199", DemoSeeder.ServiceLine.TrimStart('+'), "image", _fake.ServeMedia(atRiverside, [4, 5, 6], "image/png"));

        using (var lakeside = await app.CreateClient().SendAsync(SignedWebhook.Post("/webhooks/vonage/inbound", lakesideJson,
            VonageWebhookToken.Sign(lakesideSecret, System.Text.Encoding.UTF8.GetBytes(lakesideJson), DateTimeOffset.UtcNow, "lakeside-key"))))
            Assert.Equal(HttpStatusCode.OK, lakeside.StatusCode);
        using (var riverside = await app.CreateClient().SendAsync(SignedWebhook.Signed("/webhooks/vonage/inbound", riversideJson)))
            Assert.Equal(HttpStatusCode.OK, riverside.StatusCode);

        string? AuthorizationOf(string uuid) => _fake.MediaRequests.Where(r => r.Path.EndsWith(uuid, StringComparison.Ordinal)).Select(r => r.Authorization ?? "none").FirstOrDefault();
        var lakesideDownload = await Eventually.Get(() => Task.FromResult(AuthorizationOf(atLakeside)), "Lakeside's media download");
        var riversideDownload = await Eventually.Get(() => Task.FromResult(AuthorizationOf(atRiverside)), "Riverside's media download");
        Assert.StartsWith("Bearer ", lakesideDownload);
        Assert.Equal(lakesideApplication, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(lakesideDownload["Bearer ".Length..]).GetClaim("application_id").Value);
        Assert.Equal("none", riversideDownload); // the install's account has no application: its links are open ones
    }
}
