using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>
/// Finds messages whose dispatcher stopped mid-send (a crash, a kill, a shutdown during the call).
/// Such a message may or may not have reached the provider, so it is never sent again automatically:
/// it becomes Failed with a reason that says so, an advisor decides, and a later delivery report
/// that names it (by provider id or client reference) still corrects it to Sent or Delivered.
/// </summary>
public sealed class OutboxRecovery(
    DealershipDb databases,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<OutboxRecovery> logger)
{
    public const string UnknownOutcome = "Unknown: sending was interrupted, so this text may have been sent. Check with the customer before retrying.";

    private DateTime _lastRun = DateTime.MinValue;

    /// <summary>Runs at most once per half lease (the hosted dispatcher calls it on every pass).</summary>
    public async Task<int> RecoverOrphanedSendsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = options.Value.SendingLease;
        if (now - _lastRun < lease / 2) return 0;
        _lastRun = now;

        var cutoff = now - lease;
        await using var db = databases.ForEveryDealership();
        var orphaned = await db.Messages
            .Where(m => m.Status == MessageStatus.Sending && (m.UpdatedAt == null || m.UpdatedAt < cutoff))
            .ToListAsync(ct);

        var recovered = 0;
        foreach (var message in orphaned)
        {
            (message.Status, message.StatusReason, message.UpdatedAt) = (MessageStatus.Failed, UnknownOutcome, now);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                // Its send finished (or a report came) meanwhile: that outcome stands.
                db.Entry(message).State = EntityState.Detached;
                continue;
            }
            recovered++;
            MessagingLog.OrphanedSend(logger, message.Id);
        }
        return recovered;
    }
}
