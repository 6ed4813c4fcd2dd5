using System.Threading.Channels;

namespace OptInDashboard.Messaging;

/// <summary>
/// One page's queue of <see cref="ThreadChanged"/>: bounded, so a stuck page costs a fixed amount of memory;
/// what does not fit is not lost but turns the next batch into "reload everything".
/// </summary>
internal sealed class ThreadSubscription(
    Func<ThreadChanged, bool> concerns,
    Func<ThreadChanges, Task> onChanges,
    TimeSpan pace,
    int capacity,
    RefreshSlots slots,
    TimeProvider clock,
    ILogger logger,
    Action<ThreadSubscription> unsubscribe) : IDisposable
{
    // Wait mode, though nothing waits: only TryWrite is used, and in this mode it says when the queue is full.
    private readonly Channel<ThreadChanged> _queue = Channel.CreateBounded<ThreadChanged>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private int _overflowed;
    private int _disposed;
    /// <summary>Starts the loop that feeds the page; it ends when the subscription is disposed, and logs rather than throws.</summary>
    public void Start() => _ = Task.Run(() => DeliverAsync(_stop.Token));

    /// <summary>Called on the publisher's thread: filters and enqueues, never waits.</summary>
    public void Offer(ThreadChanged change)
    {
        bool wanted;
        try { wanted = concerns(change); }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A live-update filter failed; the page reloads");
            wanted = true;
        }
        if (wanted && !_queue.Writer.TryWrite(change))
        {
            Volatile.Write(ref _overflowed, 1);
            _queue.Writer.TryWrite(change); // the reader may have drained meanwhile; if not, the flag says reload
        }
    }

    /// <summary>The next batch says "reload everything", whatever this page's filter would have kept.</summary>
    public void OfferReload()
    {
        Volatile.Write(ref _overflowed, 1);
        _queue.Writer.TryWrite(Reload); // wakes the loop; if the queue is full, it is awake already
    }

    /// <summary>Stands in the queue for "reload everything"; no page shows contact 0.</summary>
    private static readonly ThreadChanged Reload = new(0, null, ThreadChangeKind.Contact);

    private async Task DeliverAsync(CancellationToken stop)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stop))
            {
                var batch = new HashSet<ThreadChanged>();
                while (_queue.Reader.TryRead(out var change))
                    if (change != Reload) batch.Add(change);
                var overflowed = Interlocked.Exchange(ref _overflowed, 0) == 1;
                try { await slots.RunAsync(() => onChanges(new ThreadChanges(batch, overflowed)), stop); }
                catch (Exception ex) when (ex is not OperationCanceledException || !stop.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "A live-update subscriber failed");
                }
                await Task.Delay(pace, clock, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        unsubscribe(this);
        _stop.Cancel();
        _queue.Writer.TryComplete();
    }
}
