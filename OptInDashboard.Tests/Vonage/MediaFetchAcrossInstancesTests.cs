using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Messaging.Vonage;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>
/// Two app instances on one PostgreSQL each run the media fetcher: an MMS that reached one is downloaded once,
/// whichever instance gets to it. PostgreSQL only (the test script's second run).
/// </summary>
[Trait("Runs", "OnPostgreSQL")]
public sealed class MediaFetchAcrossInstancesTests
{
    [Fact]
    public async Task AnAttachmentIsDownloadedOnceWhenTwoInstancesFetchTogether()
    {
        TestApp.RequirePostgreSql();
        await using var vonage = await FakeVonage.StartAsync();
        using var database = new ConfiguredTestApp(new Dictionary<string, string?> { ["Vonage:SignatureSecret"] = SignedWebhook.Secret });
        var first = database.AnotherInstance();
        var second = database.AnotherInstance();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var uuid = Guid.NewGuid().ToString();
        var url = vonage.ServeMedia(uuid, [0xFF, 0xD8, 0xFF, 0xE0], "image/jpeg", release.Task);

        using (var response = await first.CreateClient().SendAsync(SignedWebhook.Signed("/webhooks/vonage/inbound",
                   SignedWebhook.Mms(uuid, "15552040001", DemoSeeder.ServiceLine.TrimStart('+'), "image", url))))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The first instance's fetcher is woken by its webhook and is downloading (held); the second looks now.
        await Eventually.True(() => Downloads(vonage, uuid) == 1, "the first instance's download");
        var secondLooks = second.Services.GetRequiredService<VonageMediaFetcher>().FetchDueAsync(CancellationToken.None);
        await Task.WhenAny(secondLooks, Eventually.True(() => Downloads(vonage, uuid) == 2, "a second download"));
        release.SetResult();
        await secondLooks;

        await Eventually.Get(async () =>
        {
            await using var db = database.CreateDbContext();
            return await db.MessageMedia.AnyAsync(m => m.Message!.ProviderMessageId == uuid && m.Status == MediaFetchStatus.Fetched) ? "fetched" : null;
        }, "the attachment to be fetched");
        Assert.Equal(1, Downloads(vonage, uuid));
    }

    private static int Downloads(FakeVonage vonage, string uuid) => vonage.MediaRequests.Count(r => r.Path.EndsWith(uuid, StringComparison.Ordinal));
}
