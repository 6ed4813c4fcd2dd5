using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>
/// Writes inbound texts one batch per transaction: whatever queued while the last batch was written goes
/// into the next. A burst, or a pause in the process (a garbage collection, a page's turn at the write
/// lock), then drains in a few commits instead of a turn at the lock per text, so one slow moment doesn't
/// hold up every webhook behind it. A batch that fails is written again text by text, so one text's
/// problem is never another's.
/// </summary>
public sealed class InboundWriter(
    IDbContextFactory<ConsentDbContext> dbFactory,
    WriteGate writeGate,
    InboundRecorder recorder,
    ILogger<InboundWriter> logger) : IAsyncDisposable
{
    private const int MaxBatch = 64;
    private const int Attempts = 5;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _startLock = new();
    private Task? _loop;

    /// <summary>Completes once the text is committed (or found already stored), never before.</summary>
    public Task<InboundOutcome> WriteAsync(InboundSms sms, CancellationToken ct)
    {
        var pending = new Pending(sms, ct);
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(InboundWriter));
        EnsureStarted();
        return pending.Outcome.Task;
    }

    private void EnsureStarted()
    {
        if (_loop is not null) return;
        lock (_startLock) _loop ??= Task.Run(WriteUntilClosedAsync);
    }

    private async Task WriteUntilClosedAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
                if (!pending.CancelIfGivenUp()) batch.Add(pending);
            if (batch.Count == 0) continue;
            try
            {
                using (await writeGate.EnterAsync(CancellationToken.None))
                    await WriteBatchAsync(batch);
            }
            catch (Exception ex)
            {
                // The loop outlives any one batch: otherwise every later webhook would wait forever.
                foreach (var pending in batch) pending.Outcome.TrySetException(ex);
            }
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        if (batch.Count > 1)
        {
            try
            {
                var outcomes = await WriteInOneTransactionAsync(batch);
                for (var i = 0; i < batch.Count; i++) batch[i].Outcome.TrySetResult(outcomes[i]);
                return;
            }
            catch (Exception ex)
            {
                MessagingLog.InboundBatchFailed(logger, ex, batch.Count);
            }
        }
        foreach (var pending in batch)
            await WriteAloneAsync(pending);
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcomes = await WriteInOneTransactionAsync([pending]);
                pending.Outcome.TrySetResult(outcomes[0]);
                return;
            }
            catch (DbUpdateException ex) when (attempt < Attempts)
            {
                // Another writer (another app instance, a first text from the same new number) won a race; the next attempt sees its row.
                logger.LogDebug(ex, "Inbound {ProviderMessageId} raced another writer; attempt {Attempt}", pending.Sms.ProviderMessageId, attempt);
            }
            catch (Exception ex)
            {
                pending.Outcome.TrySetException(ex);
                return;
            }
        }
    }

    private async Task<InboundOutcome[]> WriteInOneTransactionAsync(IReadOnlyList<Pending> batch)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Database.AutoSavepointsEnabled = false; // the batch commits whole or not at all: no partial rollback wanted
        var outcomes = new InboundOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            outcomes[i] = await recorder.RecordAsync(db, batch[i].Sms, CancellationToken.None);
            // Saved already; a tracker kept across the batch would make each save scan every earlier text's rows.
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync();
        return outcomes;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop is not null) await _loop;
    }

    private sealed class Pending(InboundSms sms, CancellationToken ct)
    {
        public InboundSms Sms { get; } = sms;
        public TaskCompletionSource<InboundOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>A caller that gave up before its text was written gets nothing written (its provider delivers it again).</summary>
        public bool CancelIfGivenUp() => ct.IsCancellationRequested && Outcome.TrySetCanceled(ct);
    }
}
