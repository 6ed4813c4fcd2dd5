using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Threads;

/// <summary>The list's preview is the last text the customer and the advisor actually exchanged, with its time.</summary>
public sealed class ThreadListPreviewTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;

    public ThreadListPreviewTests() => _maria = new ThreadDriver(_app, "+15555550111");

    private async Task<ThreadListItem> MariaAsync()
    {
        var (contactId, lineId) = await _maria.Ids();
        await using var db = _app.CreateDbContext();
        var (items, _) = await ThreadList.PageAsync(db, new ThreadListQuery(lineId, "Maria"), 0, 10);
        return items.Single(i => i.ContactId == contactId);
    }

    [Fact]
    public async Task ABlockedAttemptAndTheAutomaticReplyAreNotThePreviewTheCustomersStopIs()
    {
        await _maria.CustomerTexts("STOP");
        var refused = await _maria.AdvisorSends("Your car is ready");
        Assert.Equal(OptInDashboard.Data.MessageStatus.Blocked, refused.Status);

        var maria = await MariaAsync();

        Assert.Equal("STOP", maria.LastText);
        Assert.Equal(refused.Id, maria.LastMessageId); // the attempt still puts the thread at the top
        Assert.NotNull(maria.LastAt);
        Assert.True(maria.LastAt < refused.CreatedAt.AddSeconds(1));
    }

    [Fact]
    public async Task AnAdvisorsTextOnItsWayIsThePreview()
    {
        await _maria.CustomerTexts("Is my car ready?");
        var sent = await _maria.AdvisorSends("Ready at 4 today");

        Assert.Equal(sent.Text, (await MariaAsync()).LastText);
    }

    public void Dispose() => _app.Dispose();
}
