using Microsoft.Extensions.Logging.Abstractions;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.LiveUpdates;

/// <summary>The live-update queue on its own: publishing never waits for a page, and a page that is behind catches up in one go.</summary>
public sealed class ThreadEventsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ThreadEvents _events = new(TimeProvider.System, NullLogger<ThreadEvents>.Instance);

    private static ThreadChanged Change(int contactId, int lineId = 1) => new(contactId, lineId, ThreadChangeKind.NewMessage);

    [Fact]
    public async Task PublishingNeverWaitsForAStuckPage()
    {
        var stuck = new TaskCompletionSource();
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = _events.Subscribe(_ => true, async _ => { called.TrySetResult(); await stuck.Task; }, TimeSpan.Zero);

        _events.Publish([Change(1)]);
        await called.Task.WaitAsync(Patience);
        for (var i = 0; i < 10_000; i++) _events.Publish([Change(i)]); // would never return if publishing awaited the page

        stuck.SetResult();
    }

    [Fact]
    public async Task APageThatIsBehindGetsEverythingThatPiledUpAsOneBatch()
    {
        var release = new TaskCompletionSource();
        var batches = new List<ThreadChanges>();
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = _events.Subscribe(_ => true, async changes =>
        {
            lock (batches) batches.Add(changes);
            if (batches.Count == 1) await release.Task;
            else second.TrySetResult();
        }, TimeSpan.Zero);

        _events.Publish([Change(1)]);
        await Eventually.True(() => { lock (batches) return batches.Count == 1; }, "the first batch");
        for (var contact = 2; contact <= 101; contact++) _events.Publish([Change(contact), Change(contact)]);
        release.SetResult();
        await second.Task.WaitAsync(Patience);

        lock (batches)
        {
            Assert.Equal(2, batches.Count);
            Assert.Equal(100, batches[1].Changes.Count); // the doubled changes coalesce
            Assert.False(batches[1].Overflowed);
        }
    }

    [Fact]
    public async Task AQueueThatOverflowsLosesNothingButAsksThePageToReloadWhole()
    {
        var release = new TaskCompletionSource();
        var batches = new List<ThreadChanges>();
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = _events.Subscribe(_ => true, async changes =>
        {
            lock (batches) batches.Add(changes);
            if (batches.Count == 1) await release.Task;
            else second.TrySetResult();
        }, TimeSpan.Zero);

        _events.Publish([Change(0)]);
        await Eventually.True(() => { lock (batches) return batches.Count == 1; }, "the first batch");
        for (var contact = 1; contact <= 5_000; contact++) _events.Publish([Change(contact)]);
        release.SetResult();
        await second.Task.WaitAsync(Patience);

        lock (batches)
        {
            Assert.True(batches[1].Overflowed);
            Assert.True(batches[1].Touch(4_999, 1)); // a change the queue had no room for still reaches the page
        }
    }

    [Fact]
    public async Task APageIsToldOnlyOfChangesThatConcernIt()
    {
        var seen = new List<ThreadChanged>();
        var got = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = _events.Subscribe(change => change.IsOnLine(2), changes =>
        {
            lock (seen) seen.AddRange(changes.Changes);
            got.TrySetResult();
            return Task.CompletedTask;
        }, TimeSpan.Zero);

        _events.Publish([Change(7, lineId: 1)]);
        _events.Publish([Change(8, lineId: 2)]);
        await got.Task.WaitAsync(Patience);
        await Task.Delay(100);

        lock (seen) Assert.Equal([Change(8, lineId: 2)], seen);
    }

    [Fact]
    public async Task ADisposedPageIsToldNothingMore()
    {
        var calls = 0;
        var page = _events.Subscribe(_ => true, _ => { Interlocked.Increment(ref calls); return Task.CompletedTask; }, TimeSpan.Zero);
        page.Dispose();

        _events.Publish([Change(1)]);
        await Task.Delay(100);

        Assert.Equal(0, calls);
    }
}
