namespace OptInDashboard.Messaging;

/// <summary>A text a customer sent to one of our lines, as any provider delivers it.</summary>
public sealed record InboundSms(string ProviderMessageId, string From, string To, string Text);

public enum InboundOutcome
{
    Accepted,
    /// <summary>Already stored under the same provider id: a retried or repeated delivery.</summary>
    Duplicate,
    /// <summary>Sent to a number that is not one of our lines.</summary>
    Unrouted,
}
