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
    ISmsProvider provider,
    OutboxSignal signal,
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
        // Claim it: of two dispatchers (two app instances, or a test beside the hosted one) only one sends.
        var claimed = await db.Messages.Where(m => m.Id == messageId && m.Status == MessageStatus.Queued)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, MessageStatus.Sending), ct);
        if (claimed == 0) return;
        var message = await db.Messages.Include(m => m.Contact).Include(m => m.Line).SingleAsync(m => m.Id == messageId, ct);

        var decision = await SendGate.DecideAsync(db, message.ContactId, message.LineId, message.AutoReply, ct);
        if (!decision.Allowed)
        {
            message.Status = MessageStatus.Blocked;
            message.StatusReason = decision.Reason;
        }
        else
        {
            var result = await SendAsync(message, ct);
            message.Status = result.Status;
            message.ProviderMessageId = result.ProviderMessageId;
            message.StatusReason = result.Error;
        }
        message.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
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
