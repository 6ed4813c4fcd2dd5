using OptInDashboard.Data;

namespace OptInDashboard.Messaging.Simulator;

/// <summary>
/// The default provider: every text is "delivered" at once to the simulated customer's phone, which is
/// simply the thread as the customer sees it on the /simulator page.
/// </summary>
public sealed class SimulatorProvider : ISmsProvider
{
    public Task<SmsSendResult> SendAsync(OutboundSms sms, CancellationToken ct) =>
        Task.FromResult(new SmsSendResult(MessageStatus.Delivered, $"sim-out-{sms.MessageId}"));
}
