using Microsoft.Extensions.Options;
using OptInDashboard.Intent;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Tests.Intent;

/// <summary>The committed model and data, as copied beside the tests, with the default thresholds.</summary>
internal static class ShippedModel
{
    public static readonly string ModelPath = Path.Combine(AppContext.BaseDirectory, "Intent", "Model", "intent-model-v2.zip");
    public static readonly string DataPath = Path.Combine(AppContext.BaseDirectory, "Intent", "Data", "intents.tsv");

    private static readonly Lazy<IntentClassifier> LoadedClassifier = new(() => new IntentClassifier(IntentModelFile.Load(ModelPath)));

    public static IIntentClassifier Classifier => LoadedClassifier.Value;

    public static IntentPolicy Policy { get; } = new(Options.Create(new IntentOptions()));

    public static IntentTriage Triage => new(Classifier, Policy);

    /// <summary>What the app does with the text from a contact who is opted in.</summary>
    public static IntentAction ActionFor(string text) => Triage.Triage(text, contactIsOptedOut: false).Action;
}
