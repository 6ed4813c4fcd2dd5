using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OptInDashboard.Data;

/// <summary>
/// The rows a context saves, handed on once their transaction has committed (at once when it had none) and dropped
/// when it rolls back: what others may be told of, because it is now in the database for good. Each subclass says
/// which rows it wants (read after the save, when keys are known) and what it does with them.
/// </summary>
public abstract class CommittedRows<T> : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    /// <summary>The row this saved entity means to the subclass, if any.</summary>
    protected abstract bool TryRead(object entity, EntityState state, out T row);

    /// <summary>Called once per commit with what it made permanent; never with nothing. Must not wait.</summary>
    protected abstract void Committed(IReadOnlyList<T> rows);

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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => HandOn(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        HandOn(eventData.Context);
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
            if (TryRead(entity, state, out var row)) pending.Saved.Add(row);
        pending.Saving.Clear();
        if (context.Database.CurrentTransaction is null) HandOn(context);
    }

    private void Failed(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending)) pending.Saving.Clear();
    }

    private void HandOn(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.Saved.Count == 0) return;
        var rows = pending.Saved.ToArray();
        pending.Clear();
        Committed(rows);
    }

    private void Discard(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending)) pending.Clear();
    }

    private sealed class Pending
    {
        public List<(object Entity, EntityState State)> Saving { get; } = [];
        public List<T> Saved { get; } = [];

        public void Clear()
        {
            Saving.Clear();
            Saved.Clear();
        }
    }
}
