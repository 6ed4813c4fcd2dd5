using Microsoft.Extensions.Options;

namespace OptInDashboard.Messaging;

/// <summary>
/// Every inbound text, from Vonage or the simulator, comes through here: stored, applied to consent and
/// answered in one transaction, so a caller that gets an answer knows nothing will be lost or doubled.
/// </summary>
public sealed class InboundPipeline(
    InboundWriter writer,
    OutboxSignal outbox,
    InboundMediaSignal media,
    IOptions<MessagingOptions> messaging,
    ILogger<InboundPipeline> logger)
{
    public async Task<InboundOutcome> AcceptAsync(InboundSms sms, CancellationToken ct = default)
    {
        RefuseMisusedSimulation(sms);
        var outcome = await writer.WriteAsync(sms with { From = PhoneNumber.Normalize(sms.From), To = PhoneNumber.Normalize(sms.To) }, ct);
        if (outcome == InboundOutcome.Accepted)
        {
            outbox.Wake();
            if (sms.Media is not null) media.Wake();
        }
        return outcome;
    }

    /// <summary>
    /// With a real provider, texts on a customer's number come only from the customer, so nothing may
    /// simulate one; and a simulated text must name who typed it, or the ledger would credit the customer.
    /// </summary>
    private void RefuseMisusedSimulation(InboundSms sms)
    {
        if (sms.SimulatedBy is null) return;
        if (!messaging.Value.UsesSimulator)
        {
            MessagingLog.SimulatedTextRefused(logger, sms.SimulatedBy, messaging.Value.Provider);
            throw new InvalidOperationException($"Simulated texts are accepted only while Messaging:Provider is Simulator (it is {messaging.Value.Provider}).");
        }
        if (string.IsNullOrWhiteSpace(sms.SimulatedBy))
            throw new ArgumentException("A simulated text must name the staff member who typed it.", nameof(sms));
    }
}
