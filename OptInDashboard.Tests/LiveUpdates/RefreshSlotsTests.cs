using OptInDashboard.Messaging;

namespace OptInDashboard.Tests.LiveUpdates;

/// <summary>Open pages take turns to reload, so however many are open, they never take every core from the webhooks.</summary>
public sealed class RefreshSlotsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task NoMorePagesReloadAtOnceThanThereAreTurns()
    {
        var slots = new RefreshSlots(count: 2, longestHold: TimeSpan.FromMinutes(1), TimeProvider.System);
        var running = 0;
        var most = 0;

        async Task Reload()
        {
            var now = Interlocked.Increment(ref running);
            lock (slots) most = Math.Max(most, now);
            await Task.Delay(20);
            Interlocked.Decrement(ref running);
        }

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => slots.RunAsync(Reload, CancellationToken.None)))).WaitAsync(Patience);

        Assert.Equal(2, most);
    }

    [Fact]
    public async Task APageThatHoldsItsTurnTooLongLetsTheNextOneGoAndIsStillAwaited()
    {
        var slots = new RefreshSlots(count: 1, longestHold: TimeSpan.FromMilliseconds(100), TimeProvider.System);
        var stuck = new TaskCompletionSource();
        var slow = slots.RunAsync(() => stuck.Task, CancellationToken.None);

        var next = 0;
        await slots.RunAsync(() => { next++; return Task.CompletedTask; }, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(1, next);
        Assert.False(slow.IsCompleted); // its caller still waits for it, so it is never called twice at once
        stuck.SetResult();
        await slow.WaitAsync(Patience);
    }

    [Fact]
    public async Task AFailingReloadGivesItsTurnBack()
    {
        var slots = new RefreshSlots(count: 1, longestHold: TimeSpan.FromMinutes(1), TimeProvider.System);

        await Assert.ThrowsAsync<InvalidOperationException>(() => slots.RunAsync(() => throw new InvalidOperationException("page failed"), CancellationToken.None));
        await slots.RunAsync(() => Task.CompletedTask, CancellationToken.None).WaitAsync(Patience);
    }
}
