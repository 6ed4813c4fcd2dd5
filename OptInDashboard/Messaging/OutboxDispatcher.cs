using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Operations;

namespace OptInDashboard.Messaging;

/// <summary>
/// Drains the outbox (queued outbound messages) to the provider, re-checking consent immediately
/// before each send: a STOP that lands between compose and dispatch wins.
/// </summary>
public sealed class OutboxDispatcher(
    DealershipDb databases,
    WriteGate writeGate,
    ISmsProvider provider,
    IOptions<MessagingOptions> options,
    OutboxSignal signal,
    OutboxRecovery recovery,
    DashboardMetrics metrics,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatchInBackground) return;
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
        List<Queued> queued;
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = databases.ForEveryDealership())
        {
            queued = await db.Messages.Where(m => m.Status == MessageStatus.Queued && (m.HeldUntil == null || m.HeldUntil <= now))
                .OrderBy(m => m.Id).Select(m => new Queued(m.Id, m.TraceParent)).Take(BatchSize).ToListAsync(ct);
        }
        foreach (var message in queued) await DispatchAsync(message, ct);
        return queued.Count;
    }

    private sealed record Queued(long Id, string? TraceParent);

    /// <summary>In the trace the text was queued in: a STOP's webhook, its consent change and its confirmation's send are one trace.</summary>
    private async Task DispatchAsync(Queued queued, CancellationToken ct)
    {
        using var span = DashboardTelemetry.StartContinuing("outbox.send", queued.TraceParent);
        span?.SetTag("optin.message.id", queued.Id);
        await using var db = databases.ForEveryDealership();
        var message = await ClaimAsync(db, queued.Id, ct);
        if (message is null)
        {
            span?.SetTag("optin.send.outcome", "taken by another dispatcher");
            return;
        }
        if (message.Status == MessageStatus.Queued) span?.SetTag("optin.send.outcome", "held");
        if (message.Status == MessageStatus.Blocked) Decided(span, SendOutcome.Blocked, message);
        if (message.Status == MessageStatus.Sending)
        {
            var result = await SendAsync(message, ct);
            Decided(span, result.Status == MessageStatus.Failed ? SendOutcome.Failed : SendOutcome.Sent, message);
            // Recorded even when shutdown has begun: the provider has answered, and losing that answer would
            // leave the message to be reported as of unknown outcome. Only from Sending: a delivery report may
            // already have moved it on.
            (message.Status, message.ProviderMessageId, message.StatusReason) = (result.Status, result.ProviderMessageId, result.Error);
            message.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            using (await writeGate.EnterAsync(CancellationToken.None))
            {
                try { await db.SaveChangesAsync(CancellationToken.None); }
                catch (DbUpdateConcurrencyException) { MessagingLog.SendOutcomeOvertaken(logger, queued.Id); }
            }
        }
    }

    /// <summary>
    /// Decides and claims in one write transaction, durably, before the provider sees the message: it becomes
    /// Sending (ours alone to send; never resent after a crash, see <see cref="OutboxRecovery"/>) or Blocked.
    /// A STOP committed before this transaction wins; one committed after it comes after the send.
    /// A marketing text outside the recipient's hours stays Queued, held until the minute the gate names.
    /// Returns null when another dispatcher already took the message.
    /// </summary>
    private async Task<Message?> ClaimAsync(ConsentDbContext db, long messageId, CancellationToken ct)
    {
        using var gate = await writeGate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var message = await db.Messages.Include(m => m.Contact).Include(m => m.Line).SingleAsync(m => m.Id == messageId, ct);
        if (message.Status != MessageStatus.Queued) return null;

        var now = clock.GetUtcNow().UtcDateTime;
        var decision = await SendGate.DecideAsync(db, message.ContactId, message.LineId, message.AutoReply, now, ct);
        message.Status = (decision.Allowed, decision.HeldUntil) switch
        {
            (false, _) => MessageStatus.Blocked,
            (true, not null) => MessageStatus.Queued,
            (true, null) => MessageStatus.Sending,
        };
        message.StatusReason = decision.Reason;
        message.HeldUntil = decision.HeldUntil ?? message.HeldUntil;
        message.SentAt = message.Status == MessageStatus.Sending ? now : null;
        message.UpdatedAt = now;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return null; }
        await transaction.CommitAsync(ct);
        return message;
    }

    private void Decided(Activity? span, SendOutcome outcome, Message message)
    {
        span?.SetTag("optin.send.outcome", outcome.ToString().ToLowerInvariant());
        metrics.SendDecided(outcome, message.Sender);
    }

    private async Task<SmsSendResult> SendAsync(Message message, CancellationToken ct)
    {
        using var span = DashboardTelemetry.Traces.StartActivity("sms.provider.send", ActivityKind.Client);
        span?.SetTag("optin.provider", provider.GetType().Name);
        try
        {
            return await provider.SendAsync(new OutboundSms(message.Id, message.Line!.AccountId, message.Line.PhoneNumber, message.Contact!.PhoneNumber, message.Text), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Provider failed to send message {MessageId}", message.Id);
            span?.SetStatus(ActivityStatusCode.Error, ex.Message);
            return SmsSendResult.Failed("The SMS provider could not be reached.");
        }
    }
}
