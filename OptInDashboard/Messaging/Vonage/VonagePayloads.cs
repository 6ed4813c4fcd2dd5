using System.Text.Json.Serialization;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>POST /v1/messages: one SMS. client_ref is our message id, echoed in every status webhook.</summary>
public sealed record VonageSendRequest(string To, string From, string Text, string ClientRef)
{
    public string MessageType => "text";
    public string Channel => "sms";
}

/// <summary>The 202 answer to a send.</summary>
public sealed record VonageAccepted(string? MessageUuid);

/// <summary>Vonage's error body (RFC 7807 problem details).</summary>
public sealed record VonageProblem(string? Type, string? Title, string? Detail)
{
    public string Describe() =>
        string.Join(": ", new[] { Title, Detail }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } text ? text : Type ?? "no details";
}

/// <summary>A webhook body that can say what is missing from it.</summary>
public interface IVonageWebhook
{
    /// <summary>Why the body cannot be used, or null when it can.</summary>
    string? Refusal();
}

/// <summary>The inbound-message webhook, as the Messages API sends it for SMS.</summary>
public sealed record VonageInbound(string? MessageUuid, string? From, string? To, string? Text, string? Channel, string? MessageType, string? Timestamp) : IVonageWebhook
{
    public string? Refusal() =>
        string.IsNullOrWhiteSpace(MessageUuid) ? "message_uuid is required."
        : string.IsNullOrWhiteSpace(From) ? "from is required."
        : string.IsNullOrWhiteSpace(To) ? "to is required."
        : Text is null ? "text is required."
        : Channel is not (null or "sms") ? $"Only the sms channel is handled, not '{Channel}'."
        : MessageType is not (null or "text") ? $"Only text messages are handled, not '{MessageType}'."
        : null;
}

/// <summary>The message-status webhook.</summary>
public sealed record VonageStatus(string? MessageUuid, string? Status, string? ClientRef, VonageProblem? Error, string? Timestamp) : IVonageWebhook
{
    public string? Refusal() =>
        string.IsNullOrWhiteSpace(MessageUuid) ? "message_uuid is required."
        : string.IsNullOrWhiteSpace(Status) ? "status is required."
        : null;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(VonageSendRequest))]
[JsonSerializable(typeof(VonageAccepted))]
[JsonSerializable(typeof(VonageProblem))]
[JsonSerializable(typeof(VonageInbound))]
[JsonSerializable(typeof(VonageStatus))]
public sealed partial class VonageJson : JsonSerializerContext;
