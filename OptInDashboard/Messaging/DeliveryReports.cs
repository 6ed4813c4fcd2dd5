using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>What a provider later reports about an outbound text: accepted by the network, delivered, or failed.</summary>
/// <param name="ClientRef">Our message id as sent to the provider; finds a message whose provider id we never learned.</param>
public sealed record DeliveryReport(string ProviderMessageId, long? ClientRef, MessageStatus Status, string? Reason)
{
    /// <summary>
    /// Set when the text failed because the number is opted out at the carrier or with the provider: the
    /// provider's error, kept as the evidence of an opt-out we never saw as a message.
    /// </summary>
    public string? CarrierOptOutEvidence { get; init; }
}

/// <summary>
/// Applies delivery reports to outbound messages. Reports arrive late, repeated and out of order, so a
/// message only ever moves forward (Sent, then Delivered or Failed), and each move is a conditional
/// update, so two reports racing each other cannot move it backwards.
/// </summary>
public sealed class DeliveryReports(
    DealershipDb databases,
    WriteGate writeGate,
    TimeProvider clock,
    IOptions<ConsentOptions> consent,
    ILogger<DeliveryReports> logger)
{
    private const int Attempts = 3;

    /// <summary>True when the report named one of our messages (applied, or already overtaken by a later one).</summary>
    public async Task<bool> ApplyAsync(DeliveryReport report, CancellationToken ct = default)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            await using var db = databases.ForEveryDealership();
            var message = await db.Messages
                .Where(m => m.Direction == MessageDirection.Outbound
                    && (m.ProviderMessageId == report.ProviderMessageId || (report.ClientRef != null && m.Id == report.ClientRef)))
                .OrderByDescending(m => m.ProviderMessageId == report.ProviderMessageId)
                .FirstOrDefaultAsync(ct);
            // A client reference whose message has since been sent under another provider id: this report is
            // about an earlier attempt and says nothing about the current one.
            if (message is null || (message.ProviderMessageId is not null && message.ProviderMessageId != report.ProviderMessageId))
            {
                MessagingLog.DeliveryReportUnmatched(logger, report.ProviderMessageId, report.Status);
                return false;
            }

            var current = Rank(message.Status, message.ProviderMessageId is not null);
            if (current < 0 || Rank(report.Status, hasProviderId: true) <= current) return true;

            var now = clock.GetUtcNow().UtcDateTime;
            var carrierOptOut = report.Status == MessageStatus.Failed ? report.CarrierOptOutEvidence : null;
            message.Status = report.Status;
            message.ProviderMessageId = report.ProviderMessageId;
            message.StatusReason = report.Status == MessageStatus.Failed ? Truncate(report.Reason ?? "The provider reported a failure.") : null;
            message.RefusedForConsent = carrierOptOut is not null;
            message.UpdatedAt = now;
            try
            {
                using (await writeGate.EnterAsync(ct))
                {
                    // One transaction: a carrier opt-out commits with the failure it explains, or neither does.
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    await db.SaveChangesAsync(ct);
                    if (carrierOptOut is not null)
                        await RecordCarrierOptOutAsync(db, message.Id, message.ContactId, message.LineId, carrierOptOut, now, ct);
                    await transaction.CommitAsync(ct);
                }
                MessagingLog.DeliveryReportApplied(logger, message.Id, report.Status);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another report or the dispatcher moved it first: look again.
            }
        }
        return true;
    }

    /// <summary>
    /// How far along a message is. A failure we recorded ourselves (no provider id: unreachable, or of
    /// unknown outcome after a crash) ranks with Sending, so any report from the provider overrides it.
    /// Negative: not a message reports may touch (inbound, or blocked by the consent gate).
    /// </summary>
    private static int Rank(MessageStatus status, bool hasProviderId) => status switch
    {
        MessageStatus.Queued => 0,
        MessageStatus.Sending => 1,
        MessageStatus.Failed when !hasProviderId => 1,
        MessageStatus.Sent => 2,
        MessageStatus.Delivered or MessageStatus.Failed => 3,
        _ => -1,
    };

    private async Task RecordCarrierOptOutAsync(ConsentDbContext db, long messageId, int contactId, int lineId, string providerError, DateTime now, CancellationToken ct)
    {
        var evidence = ConsentEvidence.FromCarrier($"Text {messageId} refused: {providerError}");
        if (!await CarrierOptOut.RecordAsync(db, contactId, lineId, evidence, consent.Value, now, ct)) return;
        await db.SaveChangesAsync(ct);
        MessagingLog.CarrierOptOut(logger, messageId, contactId, lineId);
    }

    private static string Truncate(string reason) => reason.Length <= 500 ? reason : reason[..497] + "...";
}
