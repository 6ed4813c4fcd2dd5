using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

internal static partial class MessagingLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Message {MessageId} was left in Sending by a stopped dispatcher; marked Failed as of unknown outcome, not resent")]
    public static partial void OrphanedSend(ILogger logger, long messageId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Delivery report moved message {MessageId} to {Status}")]
    public static partial void DeliveryReportApplied(ILogger logger, long messageId, MessageStatus status);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Delivery report {ProviderMessageId} ({Status}) names none of our current messages")]
    public static partial void DeliveryReportUnmatched(ILogger logger, string providerMessageId, MessageStatus status);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Message {MessageId} was refused as opted out by the carrier or provider: contact {ContactId} is now opted out on line {LineId}")]
    public static partial void CarrierOptOut(ILogger logger, long messageId, int contactId, int lineId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Message {MessageId} was not retried by {RetriedBy}: it was refused for consent")]
    public static partial void RetryRefusedForConsent(ILogger logger, long messageId, string retriedBy);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Message {MessageId} queued again by {RetriedBy}")]
    public static partial void Retried(ILogger logger, long messageId, string retriedBy);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "The provider's answer for message {MessageId} came after a delivery report or recovery had moved it on; that status stands")]
    public static partial void SendOutcomeOvertaken(ILogger logger, long messageId);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Refused a simulated inbound text typed by {TypedBy}: the provider is {Provider}, not the simulator")]
    public static partial void SimulatedTextRefused(ILogger logger, string typedBy, string provider);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "Could not tell the other instances of live updates; they will reload their pages whole")]
    public static partial void RelayNotifyFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Lost the connection that hears other instances' live updates; listening again shortly, and pages reload whole when it is back")]
    public static partial void RelayListenFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "A live update from another instance could not be read ({Payload}); pages reload whole")]
    public static partial void RelayPayloadUnreadable(ILogger logger, string payload);
}
