using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>
/// Drains the outbox (queued outbound messages) to the provider, re-checking consent immediately
/// before each send: a STOP that lands between compose and dispatch wins.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<ConsentDbContext> dbFactory,
    WriteGate writeGate,
    ISmsProvider provider,
    OutboxSignal signal,
    OutboxRecovery recovery,
    ThreadEvents threads,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await recovery.RecoverOrphanedSendsAsync(stoppingToken);
                while (await DispatchBatchAsync(stoppingToken) == BatchSize) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox dispatch failed; retrying shortly");
            }
            await signal.WaitAsync(IdlePoll, stoppingToken);
        }
    }

    /// <summary>Sends what is queued now; returns how many it handled.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        List<long> queued;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            queued = await db.Messages.Where(m => m.Status == MessageStatus.Queued)
                .OrderBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        }
        foreach (var id in queued) await DispatchAsync(id, ct);
        return queued.Count;
    }

    private async Task DispatchAsync(long messageId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Claim it, durably, before the provider sees it: of two dispatchers (two app instances, or a test
        // beside the hosted one) only one sends, and a message left in Sending after a crash is never resent
        // (OutboxRecovery marks it as of unknown outcome once the claim, timed by UpdatedAt, is stale).
        var claimedAt = clock.GetUtcNow().UtcDateTime;
        int claimed;
        using (await writeGate.EnterAsync(ct))
            claimed = await db.Messages.Where(m => m.Id == messageId && m.Status == MessageStatus.Queued)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, MessageStatus.Sending).SetProperty(m => m.UpdatedAt, claimedAt), ct);
        if (claimed == 0) return;
        var message = await db.Messages.AsNoTracking().Include(m => m.Contact).Include(m => m.Line).SingleAsync(m => m.Id == messageId, ct);

        var decision = await SendGate.DecideAsync(db, message.ContactId, message.LineId, message.AutoReply, ct);
        var result = decision.Allowed
            ? await SendAsync(message, ct)
            : new SmsSendResult(MessageStatus.Blocked, null, decision.Reason);

        // Recorded even when shutdown has begun: the provider has answered, and losing that answer would
        // leave the message to be reported as of unknown outcome. Only from Sending: a delivery report may
        // already have moved it on.
        var now = clock.GetUtcNow().UtcDateTime;
        using (await writeGate.EnterAsync(CancellationToken.None))
            await db.Messages.Where(m => m.Id == messageId && m.Status == MessageStatus.Sending)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.Status, result.Status)
                    .SetProperty(m => m.ProviderMessageId, result.ProviderMessageId)
                    .SetProperty(m => m.StatusReason, result.Error)
                    .SetProperty(m => m.UpdatedAt, now), CancellationToken.None);
        await threads.PublishAsync(new ThreadChanged(message.ContactId, message.LineId));
    }

    private async Task<SmsSendResult> SendAsync(Message message, CancellationToken ct)
    {
        try
        {
            return await provider.SendAsync(new OutboundSms(message.Id, message.Line!.PhoneNumber, message.Contact!.PhoneNumber, message.Text), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Provider failed to send message {MessageId}", message.Id);
            return SmsSendResult.Failed("The SMS provider could not be reached.");
        }
    }
}
