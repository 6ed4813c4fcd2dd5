using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>The thread offers Retry on an advisor's failed text, and nowhere else.</summary>
public sealed class RetryButtonTests(RetryButtonTests.App app) : IClassFixture<RetryButtonTests.App>
{
    public sealed class App : TestApp;

    [Fact]
    public async Task OnlyAnAdvisorsFailedTextHasARetryButton()
    {
        var (contactId, lineId) = await new ThreadDriver(app, "+15555550111").Ids();
        await using var db = app.CreateDbContext();
        var thread = (await ThreadModel.LoadAsync(db, contactId, lineId))!;
        Message Outbound(long id, MessageSender sender, MessageStatus status) => new()
        {
            Id = id, ContactId = contactId, LineId = lineId, Direction = MessageDirection.Outbound, Sender = sender,
            Status = status, StatusReason = status == MessageStatus.Failed ? "Vonage refused it (HTTP 422): Invalid params" : null,
            Text = $"message {id}", CreatedAt = DateTime.UtcNow,
        };
        thread = thread with
        {
            Messages =
            [
                Outbound(9001, MessageSender.Staff, MessageStatus.Failed),
                Outbound(9002, MessageSender.System, MessageStatus.Failed),
                Outbound(9003, MessageSender.Staff, MessageStatus.Delivered),
            ],
        };

        var html = await ThreadViewHtml.RenderAsync(app, thread);

        Assert.Single(html.Split("data-testid=\"retry\"").Skip(1));
        Assert.Contains("Failed: Vonage refused it (HTTP 422): Invalid params", html);
        Assert.True(html.IndexOf("data-testid=\"retry\"", StringComparison.Ordinal) < html.IndexOf("message 9002", StringComparison.Ordinal),
            "the Retry button belongs to the advisor's failed text");
    }
}
