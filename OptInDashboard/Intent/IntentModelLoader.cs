using System.Diagnostics;
using Microsoft.Extensions.Options;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent;

/// <summary>Reads the configured model file: the classifier the app uses is built on it.</summary>
internal static class IntentModelLoader
{
    public static LoadedIntentModel Load(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<IntentOptions>>().Value;
        var path = Path.GetFullPath(options.ModelPath, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var started = Stopwatch.GetTimestamp();
        var loaded = IntentModelFile.Load(path);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IntentModelLoader).Namespace!);
        IntentLog.ModelLoaded(logger, loaded.Version, path, Stopwatch.GetElapsedTime(started).TotalMilliseconds, loaded.Weights.NonZero);
        return loaded;
    }
}

/// <summary>
/// Asks for the classifier while the host starts, so a missing or damaged model file stops the app
/// before it takes traffic instead of failing the first inbound text.
/// </summary>
internal sealed class IntentModelPreload(IIntentClassifier classifier) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = classifier.ModelVersion;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
