using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>The thread offers Retry on an advisor's failed text, and nowhere else; it shows what a customer attached.</summary>
public sealed class RetryButtonTests(RetryButtonTests.App app) : IClassFixture<RetryButtonTests.App>
{
    public sealed class App : TestApp;

    [Fact]
    public async Task OnlyAnAdvisorsFailedTextHasARetryButton()
    {
        var (contactId, lineId) = await new ThreadDriver(app, "+15555550111").Ids();
        await using var db = app.CreateDbContext();
        var thread = (await ThreadModel.LoadAsync(db, contactId, lineId))!;
        Message Outbound(long id, MessageSender sender, MessageStatus status, bool refusedForConsent = false) => new()
        {
            Id = id, ContactId = contactId, LineId = lineId, Direction = MessageDirection.Outbound, Sender = sender,
            Status = status, StatusReason = status == MessageStatus.Failed ? "Vonage refused it (HTTP 422): Invalid params" : null,
            RefusedForConsent = refusedForConsent, Text = $"message {id}", CreatedAt = DateTime.UtcNow,
        };
        thread = thread with
        {
            Messages =
            [
                Outbound(9001, MessageSender.Staff, MessageStatus.Failed),
                Outbound(9002, MessageSender.System, MessageStatus.Failed),
                Outbound(9003, MessageSender.Staff, MessageStatus.Delivered),
                Outbound(9004, MessageSender.Staff, MessageStatus.Failed, refusedForConsent: true),
                Outbound(9005, MessageSender.Staff, MessageStatus.Blocked),
            ],
        };

        var html = await ThreadViewHtml.RenderAsync(app, thread);

        Assert.Single(html.Split("data-testid=\"retry\"").Skip(1));
        Assert.Contains("Failed: Vonage refused it (HTTP 422): Invalid params", html);
        Assert.True(html.IndexOf("data-testid=\"retry\"", StringComparison.Ordinal) < html.IndexOf("message 9002", StringComparison.Ordinal),
            "the Retry button belongs to the advisor's failed text");
    }

    [Fact]
    public async Task ATextTheCarrierRefusedAsOptedOutHasNoRetryButton()
    {
        var (contactId, lineId) = await new ThreadDriver(app, "+15555550111").Ids();
        await using var db = app.CreateDbContext();
        var thread = (await ThreadModel.LoadAsync(db, contactId, lineId))! with
        {
            Messages =
            [
                new Message
                {
                    Id = 9101, ContactId = contactId, LineId = lineId, Direction = MessageDirection.Outbound, Sender = MessageSender.Staff,
                    Status = MessageStatus.Failed, RefusedForConsent = true, Text = "Your car is ready.", CreatedAt = DateTime.UtcNow,
                    StatusReason = "Not sent: the customer is opted out with the carrier or Vonage (Vonage error 1240: Illegal Number).",
                },
            ],
        };

        var html = await ThreadViewHtml.RenderAsync(app, thread);

        Assert.DoesNotContain("data-testid=\"retry\"", html);
        Assert.Contains("Failed: Not sent: the customer is opted out", html);
    }

    [Fact]
    public async Task AnImageIsShownInlineAndOtherMediaAsADownloadNamingItsType()
    {
        var (contactId, lineId) = await new ThreadDriver(app, "+15555550111").Ids();
        await using var db = app.CreateDbContext();
        Message Inbound(long id, string text) => new()
        {
            Id = id, ContactId = contactId, LineId = lineId, Direction = MessageDirection.Inbound, Sender = MessageSender.Customer,
            Status = MessageStatus.Received, Text = text, CreatedAt = DateTime.UtcNow,
        };
        var thread = (await ThreadModel.LoadAsync(db, contactId, lineId))! with
        {
            Messages = [Inbound(9201, "The dent"), Inbound(9202, ""), Inbound(9203, ""), Inbound(9204, "")],
            Media = new Dictionary<long, ThreadMedia>
            {
                [9201] = new(71, 9201, MediaKind.Image, MediaFetchStatus.Fetched, "image/jpeg", null, null),
                [9202] = new(72, 9202, MediaKind.Video, MediaFetchStatus.Fetched, "video/mp4", null, null),
                [9203] = new(73, 9203, MediaKind.Image, MediaFetchStatus.Pending, null, null, null),
                [9204] = new(74, 9204, MediaKind.File, MediaFetchStatus.Failed, null, "invoice.pdf", "Vonage no longer has the file (HTTP 410): its link has expired."),
            },
        };

        var html = await ThreadViewHtml.RenderAsync(app, thread);

        Assert.Contains("<img src=\"media/71\"", html);
        Assert.Contains("href=\"media/72\" download", html);
        Assert.Contains("Download video (video/mp4)", html);
        Assert.Contains("Image arriving", html);
        Assert.Contains("File could not be fetched: Vonage no longer has the file", html);
        Assert.DoesNotContain("media/74", html);
    }
}
