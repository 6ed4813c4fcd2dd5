namespace OptInDashboard.Intent;

internal static partial class IntentLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Model {ModelVersion} loaded from {Path} in {ElapsedMilliseconds:0.0} ms ({UsedBuckets} weighted features)")]
    public static partial void ModelLoaded(ILogger logger, string modelVersion, string path, double elapsedMilliseconds, int usedBuckets);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Intent model activation refused for {User}: {Reason}")]
    public static partial void ActivationRefused(ILogger logger, string user, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information,
        Message = "Intent model {ModelVersion} activated by {User} (activation {Sequence}), replacing {ReplacedVersion}")]
    public static partial void ModelActivated(ILogger logger, string modelVersion, string replacedVersion, string user, int sequence);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information,
        Message = "Intent model {ModelVersion} in use from activation {Sequence} by {User}")]
    public static partial void ActivationFollowed(ILogger logger, string modelVersion, int sequence, string user);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error,
        Message = "Intent model activation {Sequence} cannot be read ({Reason}); {ModelVersion} stays in use")]
    public static partial void ActivationUnreadable(ILogger logger, int sequence, string reason, string modelVersion);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Could not check for a newly activated intent model; will try again")]
    public static partial void FollowFailed(ILogger logger, Exception exception);
}
