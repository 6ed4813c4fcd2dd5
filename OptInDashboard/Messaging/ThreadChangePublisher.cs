using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>
/// The one place live updates come from: every row a context saves that a thread shows (a message, a
/// consent record or ledger row, an attachment, a read mark, a contact's block, group or tag) becomes a
/// <see cref="ThreadChanged"/>, published once its transaction has committed (at once when it had none),
/// and dropped when it rolls back, to this instance's pages and, on PostgreSQL, to the other instances'.
/// Publishing never waits for a page.
/// </summary>
public sealed class ThreadChangePublisher(ThreadEvents threads, PostgreSqlThreadRelay? otherInstances = null) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Failed(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        Failed(eventData.Context);
        return Task.CompletedTask;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Discard(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken ct = default)
    {
        Discard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => PublishSaved(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        PublishSaved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Before the save: which entities change (their keys may not be known until after it).</summary>
    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var pending = _pending.GetOrCreateValue(context);
        if (context.Database.CurrentTransaction is null) pending.Clear();
        pending.Saving.Clear();
        foreach (var entry in context.ChangeTracker.Entries())
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                pending.Saving.Add((entry.Entity, entry.State));
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return;
        foreach (var (entity, state) in pending.Saving)
            if (ChangeOf(entity, state) is { } change) pending.Saved.Add(change);
        pending.Saving.Clear();
        if (context.Database.CurrentTransaction is null) PublishSaved(context);
    }

    private void Failed(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending)) pending.Saving.Clear();
    }

    private void PublishSaved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.Saved.Count == 0) return;
        var changes = pending.Saved.ToArray();
        pending.Clear();
        threads.Publish(changes);
        otherInstances?.Forward(changes);
    }

    private void Discard(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending)) pending.Clear();
    }

    /// <summary>What a saved row means for the threads on screen; null for rows no thread shows.</summary>
    private static ThreadChanged? ChangeOf(object entity, EntityState state) => entity switch
    {
        Message m => new ThreadChanged(m.ContactId, m.LineId, state == EntityState.Added ? ThreadChangeKind.NewMessage : ThreadChangeKind.MessageStatus),
        ConsentRecord r => new ThreadChanged(r.ContactId, r.LineId, ThreadChangeKind.Consent),
        ConsentEvent e => new ThreadChanged(e.ContactId, e.LineId, ThreadChangeKind.Consent),
        ThreadRead r => new ThreadChanged(r.ContactId, r.LineId, ThreadChangeKind.Read),
        MessageMedia { Message: { } m } => new ThreadChanged(m.ContactId, m.LineId, ThreadChangeKind.MessageStatus),
        Contact c => new ThreadChanged(c.Id, null, ThreadChangeKind.Contact),
        GroupMember g => new ThreadChanged(g.ContactId, null, ThreadChangeKind.Contact),
        ContactTag t => new ThreadChanged(t.ContactId, null, ThreadChangeKind.Contact),
        _ => null,
    };

    private sealed class Pending
    {
        public List<(object Entity, EntityState State)> Saving { get; } = [];
        public HashSet<ThreadChanged> Saved { get; } = [];

        public void Clear()
        {
            Saving.Clear();
            Saved.Clear();
        }
    }
}
