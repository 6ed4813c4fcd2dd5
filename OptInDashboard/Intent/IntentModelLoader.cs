using System.Diagnostics;
using Microsoft.Extensions.Options;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent;

/// <summary>Reads the configured model files: the classifier and the language identifier the app uses are built on them.</summary>
internal static class IntentModelLoader
{
    /// <summary>The shipped intent model, in use until an Admin's activation says otherwise.</summary>
    public static ActiveIntentModel LoadActive(IServiceProvider services)
    {
        var path = FullPath(services, services.GetRequiredService<IOptions<IntentOptions>>().Value.ModelPath);
        return new ActiveIntentModel(Load(services, path, MessageIntentLabels.All), path);
    }

    public static LanguageIdentifier LoadLanguages(IServiceProvider services) =>
        new(Load(services, FullPath(services, services.GetRequiredService<IOptions<IntentOptions>>().Value.LanguageModelPath), Consent.ReplyTemplate.Languages));

    private static string FullPath(IServiceProvider services, string configuredPath) =>
        Path.GetFullPath(configuredPath, services.GetRequiredService<IHostEnvironment>().ContentRootPath);

    private static LoadedIntentModel Load(IServiceProvider services, string path, IReadOnlyList<string> labels)
    {
        var started = Stopwatch.GetTimestamp();
        var loaded = IntentModelFile.Load(path, labels);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IntentModelLoader).Namespace!);
        IntentLog.ModelLoaded(logger, loaded.Version, path, Stopwatch.GetElapsedTime(started).TotalMilliseconds, loaded.Weights.NonZero);
        return loaded;
    }
}

/// <summary>
/// Asks for the classifier while the host starts, so a missing or damaged model file stops the app
/// before it takes traffic instead of failing the first inbound text.
/// </summary>
internal sealed class IntentModelPreload(IIntentClassifier classifier, LanguageIdentifier languages) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = (classifier.ModelVersion, languages.ModelVersion);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
