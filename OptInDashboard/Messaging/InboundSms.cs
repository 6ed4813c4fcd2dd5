using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>
/// A text a customer sent to one of our lines, as any provider delivers it, or as staff typed it on the
/// simulator. For an MMS, <see cref="Text"/> is the caption (possibly empty) and <see cref="Media"/> the
/// attachment, still at the provider.
/// </summary>
public sealed record InboundSms(string ProviderMessageId, string From, string To, string Text)
{
    public InboundMedia? Media { get; init; }

    /// <summary>
    /// The staff member who typed this text on the simulator (user name); null for a text a provider
    /// delivered. Stored with the message so the ledger never credits the customer with what staff typed.
    /// </summary>
    public string? SimulatedBy { get; init; }
}

/// <summary>An attachment as the provider offers it: a link to fetch soon, before it expires.</summary>
public sealed record InboundMedia(MediaKind Kind, Uri Url, string? FileName);

public enum InboundOutcome
{
    Accepted,
    /// <summary>Already stored under the same provider id: a retried or repeated delivery.</summary>
    Duplicate,
    /// <summary>Sent to a number that is not one of our lines.</summary>
    Unrouted,
}
