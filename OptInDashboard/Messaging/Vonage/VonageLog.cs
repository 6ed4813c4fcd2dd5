using System.Net;

namespace OptInDashboard.Messaging.Vonage;

internal static partial class VonageLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Vonage accepted message {MessageId} as {MessageUuid}")]
    public static partial void SendAccepted(ILogger logger, long messageId, string? messageUuid);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Vonage attempt {Attempt} for message {MessageId}: the previous one got 429 or could not connect, so it was not sent")]
    public static partial void SendRetrying(ILogger logger, long messageId, int attempt);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Vonage refused message {MessageId}: HTTP {Status} {Problem}")]
    public static partial void SendRefused(ILogger logger, long messageId, HttpStatusCode status, string problem);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Vonage could not be reached, or did not answer, for message {MessageId} after {Attempts} attempts")]
    public static partial void SendUnreachable(ILogger logger, Exception exception, long messageId, int attempts);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Refused a Vonage {Webhook} webhook from {RemoteIp}: {Reason}")]
    public static partial void WebhookRefused(ILogger logger, string webhook, string? remoteIp, string reason);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Vonage:SignatureSecret is not set: webhooks are accepted unsigned (Development only)")]
    public static partial void UnsignedWebhooksAccepted(ILogger logger);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Debug, Message = "Vonage inbound {MessageUuid} from {From}: {Outcome}")]
    public static partial void InboundHandled(ILogger logger, string messageUuid, string from, InboundOutcome outcome);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Fetched {Kind} {MediaId} of message {MessageId}: {Bytes} bytes")]
    public static partial void MediaFetched(ILogger logger, long mediaId, long messageId, Data.MediaKind kind, long bytes);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Could not fetch {Kind} {MediaId} of message {MessageId} (attempt {Attempt}): {Reason}")]
    public static partial void MediaFetchFailed(ILogger logger, long mediaId, long messageId, Data.MediaKind kind, int attempt, string reason);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "Gave up fetching {Kind} {MediaId} of message {MessageId}: {Reason}")]
    public static partial void MediaFetchAbandoned(ILogger logger, long mediaId, long messageId, Data.MediaKind kind, string reason);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Debug, Message = "Vonage status '{Status}' for {MessageUuid} is not one we track")]
    public static partial void StatusIgnored(ILogger logger, string status, string messageUuid);
}
