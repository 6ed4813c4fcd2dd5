using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>The one seam to the SMS network: Vonage in production, the simulator by default.</summary>
public interface ISmsProvider
{
    Task<SmsSendResult> SendAsync(OutboundSms sms, CancellationToken ct);
}

/// <summary>
/// A text leaving the outbox. <see cref="MessageId"/> is our id, sent to the provider as its client reference;
/// <see cref="DealershipId"/> owns the line it leaves from, and so the provider account it goes through.
/// </summary>
public sealed record OutboundSms(long MessageId, int DealershipId, string From, string To, string Text);

/// <summary>What the provider said: accepted (with its id and the status it reached) or failed with a reason.</summary>
public sealed record SmsSendResult(MessageStatus Status, string? ProviderMessageId, string? Error = null)
{
    public static SmsSendResult Failed(string error) => new(MessageStatus.Failed, null, error);
}
