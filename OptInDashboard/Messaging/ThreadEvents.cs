using System.Collections.Immutable;

namespace OptInDashboard.Messaging;

/// <summary>
/// A thread (contact on a line) changed: a text arrived, a status moved, consent changed.
/// <paramref name="LineId"/> null: every line of the contact (a block, a group, a tag).
/// </summary>
public sealed record ThreadChanged(int ContactId, int? LineId, ThreadChangeKind Kind)
{
    public bool Concerns(int contactId, int? lineId) => ContactId == contactId && (LineId is null || lineId is null || LineId == lineId);

    public bool IsOnLine(int lineId) => LineId is null || LineId == lineId;
}

/// <summary>What changed, so a page can skip what it does not show.</summary>
public enum ThreadChangeKind
{
    /// <summary>A text was added: the thread moves to the top of its list.</summary>
    NewMessage = 1,
    /// <summary>A text's delivery status moved.</summary>
    MessageStatus = 2,
    /// <summary>Consent on the line (or, with no line, the contact's block) changed, with its ledger row.</summary>
    Consent = 3,
    /// <summary>The contact's own details, groups or tags changed.</summary>
    Contact = 4,
    /// <summary>Someone read the thread.</summary>
    Read = 5,
}

/// <summary>
/// Live updates for every open page. Publishing never waits for a page: each subscriber has its own
/// bounded queue, drained by its own loop, which hands the page everything that piled up since its last
/// update as one batch, so a page that is behind reloads once for many changes; pages take turns to reload
/// (<see cref="RefreshSlots"/>), so open pages never crowd out the webhooks. Changes are published
/// by <see cref="ThreadChangePublisher"/> after their transaction commits (other instances' by
/// <see cref="PostgreSqlThreadRelay"/>), from nowhere else.
/// </summary>
public sealed class ThreadEvents(TimeProvider clock, ILogger<ThreadEvents> logger)
{
    /// <summary>How long one page may hold a refresh turn before others may go ahead of it.</summary>
    public static readonly TimeSpan LongestRefreshTurn = TimeSpan.FromSeconds(1);

    private readonly RefreshSlots _slots = new(RefreshSlots.ForThisMachine, LongestRefreshTurn, clock);

    /// <summary>A page that just updated waits this long before its next update, gathering changes meanwhile.</summary>
    public static readonly TimeSpan DefaultPace = TimeSpan.FromMilliseconds(500);

    private const int QueueCapacity = 512;

    private ImmutableArray<ThreadSubscription> _subscriptions = [];

    /// <summary>
    /// Calls <paramref name="onChanges"/> with the changes for which <paramref name="concerns"/> is true, never
    /// two calls at once and at most one per <paramref name="pace"/>. Dispose the handle when the page goes away.
    /// </summary>
    public IDisposable Subscribe(Func<ThreadChanged, bool> concerns, Func<ThreadChanges, Task> onChanges, TimeSpan? pace = null)
    {
        var subscription = new ThreadSubscription(concerns, onChanges, pace ?? DefaultPace, QueueCapacity, _slots, clock, logger, Unsubscribe);
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        subscription.Start();
        return subscription;
    }

    public void Publish(IReadOnlyCollection<ThreadChanged> changes)
    {
        if (changes.Count == 0) return;
        foreach (var subscription in _subscriptions)
            foreach (var change in changes)
                subscription.Offer(change);
    }

    /// <summary>Changes may have gone by unseen (another instance's, while we were not listening): every page reloads whole.</summary>
    public void PublishReloadEverything()
    {
        foreach (var subscription in _subscriptions) subscription.OfferReload();
    }

    private void Unsubscribe(ThreadSubscription subscription) =>
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));
}

/// <summary>What a page is told: the changes since its last update, or that it missed some and should reload whole.</summary>
public sealed record ThreadChanges(IReadOnlySet<ThreadChanged> Changes, bool Overflowed)
{
    public bool Touch(int contactId, int? lineId) => Overflowed || Changes.Any(c => c.Concerns(contactId, lineId));

    public bool Any(Func<ThreadChanged, bool> predicate) => Overflowed || Changes.Any(predicate);
}
