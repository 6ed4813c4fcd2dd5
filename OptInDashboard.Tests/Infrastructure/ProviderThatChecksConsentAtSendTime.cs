using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Messaging;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>
/// Delivers everything, and at the moment of each send checks the database: was an opt-out for this contact and
/// line committed before the dispatcher claimed the message? That would be a violation. One provider may serve
/// several app instances, as Vonage does: it counts what each message id was sent.
/// </summary>
public sealed class ProviderThatChecksConsentAtSendTime : ISmsProvider
{
    public Func<ConsentDbContext> Database { get; set; } = () => throw new InvalidOperationException("not wired");
    public ConcurrentBag<string> Violations { get; } = [];
    public ConcurrentDictionary<long, int> SendsPerMessage { get; } = [];
    private int _staffSends;
    public int StaffSends => _staffSends;

    public async Task<SmsSendResult> SendAsync(OutboundSms sms, CancellationToken ct)
    {
        SendsPerMessage.AddOrUpdate(sms.MessageId, 1, (_, sends) => sends + 1);
        // A provider call takes time, as Vonage's does: the outbox then drains while the staggered STOPs arrive.
        await Task.Delay(15, ct);
        await using var db = Database();
        var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == sms.MessageId, ct);
        if (message.Sender == MessageSender.Staff)
        {
            Interlocked.Increment(ref _staffSends);
            var claimedAt = message.UpdatedAt!.Value;
            var optedOutBefore = await db.ConsentEvents.AnyAsync(e => e.ContactId == message.ContactId && e.LineId == message.LineId
                && e.NewStatus == ConsentStatus.OptedOut && e.OccurredAt < claimedAt, ct);
            if (optedOutBefore) Violations.Add($"message {message.Id} to contact {message.ContactId} claimed at {claimedAt:O} after an opt-out");
        }
        return new SmsSendResult(MessageStatus.Delivered, $"check-{sms.MessageId}");
    }
}
