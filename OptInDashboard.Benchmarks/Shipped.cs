using OptInDashboard.Benchmarks.Baseline;
using OptInDashboard.Intent;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Benchmarks;

/// <summary>The committed model and data, copied beside the benchmarks by the project reference, and the pre-ML.NET model.</summary>
internal static class Shipped
{
    public static readonly string ModelPath = Path.Combine(AppContext.BaseDirectory, "Intent", "Model", "intent-model-v2.zip");
    public static readonly string DataPath = Path.Combine(AppContext.BaseDirectory, "Intent", "Data", "intents.tsv");
    public static readonly string BaselinePath = Path.Combine(AppContext.BaseDirectory, "Baseline", "intent-model-v1.bin");

    public static IIntentClassifier LoadClassifier(string model) => model switch
    {
        "ml.net" => new IntentClassifier(IntentModelFile.Load(ModelPath)),
        "v1" => new BaselineClassifier(BaselineModel.Load(BaselinePath)),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "ml.net or v1"),
    };

    public static (IReadOnlyList<LabelledMessage> Train, IReadOnlyList<LabelledMessage> Test) Split() =>
        DataSplit.Apply(IntentDataFile.Read(DataPath));
}
