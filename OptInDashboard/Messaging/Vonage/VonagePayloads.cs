using System.Text.Json.Serialization;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>POST /v1/messages: one SMS. client_ref is our message id, echoed in every status webhook.</summary>
public sealed record VonageSendRequest(string To, string From, string Text, string ClientRef)
{
    public string MessageType => "text";
    public string Channel => "sms";
}

/// <summary>The 202 answer to a send.</summary>
public sealed record VonageAccepted(string? MessageUuid);

/// <summary>
/// Vonage's error (RFC 7807 problem details). In a status webhook the title is the numeric error code
/// (<c>"title": 1240</c>) and the type a link ending in <c>#1240</c>; in an HTTP answer it is words.
/// </summary>
public sealed record VonageProblem(string? Type, [property: JsonConverter(typeof(StringOrNumberConverter))] string? Title, string? Detail)
{
    /// <summary>Vonage's numeric error code, from the type link's fragment or a numeric title; null if neither has one.</summary>
    [JsonIgnore]
    public int? Code =>
        Type is { } type && type.LastIndexOf('#') is var hash and >= 0 && int.TryParse(type.AsSpan(hash + 1), out var fromType) ? fromType
        : int.TryParse(Title, out var fromTitle) ? fromTitle
        : null;

    public string Describe()
    {
        var title = Code is { } code && Title == code.ToString(System.Globalization.CultureInfo.InvariantCulture) ? null : Title;
        var words = string.Join(": ", new[] { title, Detail }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var described = words.Length > 0 ? words : Type ?? "no details";
        return Code is { } c ? $"Vonage error {c}: {described}" : described;
    }
}

/// <summary>A webhook body that can say what is missing from it.</summary>
public interface IVonageWebhook
{
    /// <summary>Why the body cannot be used, or null when it can.</summary>
    string? Refusal();
}

/// <summary>One attachment of an inbound MMS: <c>image</c>, <c>video</c>, <c>audio</c>, <c>file</c> or <c>vcard</c>.</summary>
public sealed record VonageAttachment(string? Url, string? Caption, string? Name);

/// <summary>
/// The inbound-message webhook, as the Messages API sends it for SMS (<c>channel: sms</c>, <c>text</c>) and
/// MMS (<c>channel: mms</c>, <c>message_type</c> text, image, video, audio, file or vcard, the attachment in
/// the object of that name with its <c>url</c> and an optional <c>caption</c>).
/// </summary>
public sealed record VonageInbound(
    string? MessageUuid, string? From, string? To, string? Text, string? Channel, string? MessageType, string? Timestamp,
    VonageAttachment? Image = null, VonageAttachment? Video = null, VonageAttachment? Audio = null, VonageAttachment? File = null, VonageAttachment? Vcard = null)
    : IVonageWebhook
{
    /// <summary>Vonage's message_uuid is a 36-character UUID; anything far longer is not one of Vonage's.</summary>
    public const int MaxIdLength = 100;

    [JsonIgnore]
    public bool IsMms => Channel == "mms";

    /// <summary>The attachment the message type names, with its kind; null for a text.</summary>
    [JsonIgnore]
    public (MediaKind Kind, VonageAttachment? Attachment)? Media => MessageType switch
    {
        "image" => (MediaKind.Image, Image),
        "video" => (MediaKind.Video, Video),
        "audio" => (MediaKind.Audio, Audio),
        "file" => (MediaKind.File, File),
        "vcard" => (MediaKind.VCard, Vcard),
        _ => null,
    };

    /// <summary>What the customer wrote: the text, or an attachment's caption (empty when there is none).</summary>
    [JsonIgnore]
    public string Words => Media is { Attachment: { } attachment } ? attachment.Caption ?? "" : Text ?? "";

    [JsonIgnore]
    public Uri? MediaUrl => Media is { Attachment.Url: { } url } && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    public string? Refusal() =>
        string.IsNullOrWhiteSpace(MessageUuid) ? "message_uuid is required."
        : MessageUuid.Length > MaxIdLength ? $"message_uuid is {MessageUuid.Length} characters long; Vonage's are at most {MaxIdLength}."
        : string.IsNullOrWhiteSpace(From) ? "from is required."
        : string.IsNullOrWhiteSpace(To) ? "to is required."
        : Channel is not (null or "sms" or "mms") ? $"Only the sms and mms channels are handled, not '{Channel}'."
        : IsMms ? MmsRefusal()
        : MessageType is not (null or "text") ? $"An SMS is a text, not '{MessageType}'."
        : Text is null ? "text is required."
        : null;

    private string? MmsRefusal()
    {
        if (MessageType is null or "text") return Text is null ? "text is required." : null;
        if (Media is not { } media) return $"An MMS of type '{MessageType}' is not one Vonage sends (text, image, video, audio, file or vcard).";
        if (media.Attachment?.Url is not { } url) return $"An MMS of type '{MessageType}' needs {MessageType}.url.";
        if (url.Length > MessageMedia.MaxUrlLength) return $"{MessageType}.url is {url.Length} characters long; at most {MessageMedia.MaxUrlLength} are accepted.";
        return MediaUrl is { Scheme: "https" or "http" } ? null : $"{MessageType}.url must be an absolute http(s) URL.";
    }
}

/// <summary>The message-status webhook.</summary>
public sealed record VonageStatus(string? MessageUuid, string? Status, string? ClientRef, VonageProblem? Error, string? Timestamp) : IVonageWebhook
{
    public string? Refusal() =>
        string.IsNullOrWhiteSpace(MessageUuid) ? "message_uuid is required."
        : MessageUuid.Length > VonageInbound.MaxIdLength ? $"message_uuid is {MessageUuid.Length} characters long; Vonage's are at most {VonageInbound.MaxIdLength}."
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
