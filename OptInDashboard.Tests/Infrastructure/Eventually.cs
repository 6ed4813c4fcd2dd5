namespace OptInDashboard.Tests.Infrastructure;

/// <summary>Waits for background work (the outbox dispatcher) to reach a state, failing after a bounded time.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, string what, int timeoutMs = 10_000) where T : class
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(25);
        }
    }

    public static Task True(Func<bool> probe, string what, int timeoutMs = 10_000) =>
        Get(() => Task.FromResult(probe() ? what : null), what, timeoutMs);
}
