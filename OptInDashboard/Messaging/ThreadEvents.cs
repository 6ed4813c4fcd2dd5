using System.Collections.Immutable;

namespace OptInDashboard.Messaging;

/// <summary>A thread (contact on a line) changed: a text arrived, a status moved, consent changed.</summary>
public sealed record ThreadChanged(int ContactId, int LineId);

/// <summary>Live updates for every open page. Subscribers dispose the returned handle when they go away.</summary>
public sealed class ThreadEvents(ILogger<ThreadEvents> logger)
{
    private readonly Lock _gate = new();
    private ImmutableList<Func<ThreadChanged, Task>> _handlers = [];

    public IDisposable Subscribe(Func<ThreadChanged, Task> handler)
    {
        lock (_gate) _handlers = _handlers.Add(handler);
        return new Subscription(() => { lock (_gate) _handlers = _handlers.Remove(handler); });
    }

    public async Task PublishAsync(ThreadChanged change)
    {
        foreach (var handler in _handlers)
        {
            try { await handler(change); }
            catch (Exception ex) { logger.LogWarning(ex, "A thread subscriber failed"); }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;
        public void Dispose() { if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose(); }
    }
}
