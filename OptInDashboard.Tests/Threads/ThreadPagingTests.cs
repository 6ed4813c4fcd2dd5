using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Threads;

/// <summary>A long thread opens on its newest messages, with older ones a click away, so reloading it stays cheap.</summary>
public sealed class ThreadPagingTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;

    public ThreadPagingTests() => _maria = new ThreadDriver(_app, "+15555550111");

    [Fact]
    public async Task ALongThreadShowsItsNewestMessagesAndOffersTheEarlierOnes()
    {
        for (var i = 1; i <= ThreadModel.NewestShown + 5; i++) await _maria.CustomerTexts($"note {i}");
        var (contactId, lineId) = await _maria.Ids();
        await using var db = _app.CreateDbContext();

        var first = (await ThreadModel.LoadAsync(db, contactId, lineId))!;
        Assert.Equal(ThreadModel.NewestShown, first.Messages.Count);
        Assert.True(first.HasEarlier);
        Assert.Equal($"note {ThreadModel.NewestShown + 5}", first.Messages[^1].Text); // newest last, as read
        Assert.True(first.Messages.Zip(first.Messages.Skip(1)).All(pair => pair.First.Id < pair.Second.Id));
        Assert.Contains("data-testid=\"show-earlier\"", await ThreadViewHtml.RenderAsync(_app, first));

        var whole = (await ThreadModel.LoadAsync(db, contactId, lineId, 2 * ThreadModel.NewestShown))!;
        Assert.False(whole.HasEarlier);
        Assert.Contains(whole.Messages, m => m.Text == "note 1");
        Assert.DoesNotContain("data-testid=\"show-earlier\"", await ThreadViewHtml.RenderAsync(_app, whole));
    }

    public void Dispose() => _app.Dispose();
}
