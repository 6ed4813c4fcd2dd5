namespace OptInDashboard.Intent;

internal static partial class IntentLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Model {ModelVersion} loaded from {Path} in {ElapsedMilliseconds:0.0} ms ({UsedBuckets} weighted features)")]
    public static partial void ModelLoaded(ILogger logger, string modelVersion, string path, double elapsedMilliseconds, int usedBuckets);
}
