using OptInDashboard.Intent;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Benchmarks;

/// <summary>The committed model and data, copied beside the benchmarks by the project reference.</summary>
internal static class Shipped
{
    public static readonly string ModelPath = Path.Combine(AppContext.BaseDirectory, "Intent", "Model", "intent-model-v1.bin");
    public static readonly string DataPath = Path.Combine(AppContext.BaseDirectory, "Intent", "Data", "intents.tsv");

    public static LinearIntentClassifier LoadClassifier()
    {
        var loaded = IntentModelFile.Load(ModelPath);
        return new LinearIntentClassifier(loaded.Model, loaded.Version);
    }

    public static (IReadOnlyList<LabelledMessage> Train, IReadOnlyList<LabelledMessage> Test) Split() =>
        DataSplit.Apply(IntentDataFile.Read(DataPath));
}
