using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent.Training;

/// <summary>
/// Labelled messages in, an ML.NET model out: our normaliser and features, then ML.NET's multinomial logistic
/// regression (LbfgsMaximumEntropy) on one thread, so the same messages and settings give the same predictions.
/// </summary>
public static class IntentTrainer
{
    public static TrainedIntentModel Train(IReadOnlyList<LabelledMessage> examples, TrainingSettings settings, TimeProvider? clock = null)
    {
        if (examples.Count == 0) throw new ArgumentException("There is nothing to train on.", nameof(examples));

        var (context, model, schema) = LinearModelTrainer.Train(Rows(examples, settings), MessageIntentLabels.Count, settings);

        var training = new TrainingRecord(Sha256(examples), examples.Count, settings.Seed, settings.L1, settings.L2, settings.RevocationWeight,
            (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        return new TrainedIntentModel(context, model, schema, IntentModelFile.Name, MessageIntentLabels.All, training);
    }

    private static IEnumerable<TrainingRow> Rows(IReadOnlyList<LabelledMessage> examples, TrainingSettings settings) =>
        examples.Select(example => new TrainingRow
        {
            Label = (uint)example.Intent,
            Features = FeatureVector.Of(example.Text),
            Weight = example.Intent.Revokes() ? (float)settings.RevocationWeight : 1,
        });

    internal static string Sha256(IReadOnlyList<LabelledMessage> examples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var example in examples) hash.AppendData(Encoding.UTF8.GetBytes($"{example.Intent.ToLabel()}\t{example.Text}\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>A model fresh from training, before it is saved.</summary>
public sealed record TrainedIntentModel(MLContext Context, ITransformer Transformer, DataViewSchema InputSchema, string Name, IReadOnlyList<string> Labels, TrainingRecord Training)
{
    public byte[] ToBytes(ModelFigures? figures = null) => IntentModelFile.ToBytes(Context, Transformer, InputSchema, Name, Labels, Training, figures);

    /// <summary>The model exactly as the app would load it from its file.</summary>
    public LoadedIntentModel Load() => IntentModelFile.Read(ToBytes(), "the model just trained", Labels);
}
