namespace OptInDashboard.Messaging;

/// <summary>
/// Open pages take turns to refresh: at most <c>count</c> at once, so however many pages are open, their
/// reloads never take every core from the webhooks (whose answer Vonage is timing). A page that holds its
/// turn longer than <c>longestHold</c> gives it up; it is still not called again until it has finished.
/// </summary>
internal sealed class RefreshSlots(int count, TimeSpan longestHold, TimeProvider clock)
{
    private readonly SemaphoreSlim _slots = new(count, count);

    /// <summary>Half the cores, at least one: the rest stays free for the webhooks and the outbox.</summary>
    public static int ForThisMachine => Math.Max(1, Environment.ProcessorCount / 2);

    public async Task RunAsync(Func<Task> refresh, CancellationToken stop)
    {
        await _slots.WaitAsync(stop);
        Task running;
        try
        {
            running = Started(refresh);
            try { await running.WaitAsync(longestHold, clock, stop); }
            catch (TimeoutException) { }
        }
        finally
        {
            _slots.Release();
        }
        await running;
    }

    private static async Task Started(Func<Task> refresh) => await refresh();
}
