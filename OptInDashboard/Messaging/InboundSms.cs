namespace OptInDashboard.Messaging;

/// <summary>A text a customer sent to one of our lines, as any provider delivers it, or as staff typed it on the simulator.</summary>
public sealed record InboundSms(string ProviderMessageId, string From, string To, string Text)
{
    /// <summary>
    /// The staff member who typed this text on the simulator (user name); null for a text a provider
    /// delivered. Stored with the message so the ledger never credits the customer with what staff typed.
    /// </summary>
    public string? SimulatedBy { get; init; }
}

public enum InboundOutcome
{
    Accepted,
    /// <summary>Already stored under the same provider id: a retried or repeated delivery.</summary>
    Duplicate,
    /// <summary>Sent to a number that is not one of our lines.</summary>
    Unrouted,
}
