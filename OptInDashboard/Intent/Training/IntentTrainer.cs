using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Trainers;
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

        var context = new MLContext(settings.Seed);
        var data = context.Data.LoadFromEnumerable(Rows(examples, settings));
        var trainer = context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(IntentTrainingRow.Label),
            FeatureColumnName = nameof(IntentTrainingRow.Features),
            ExampleWeightColumnName = nameof(IntentTrainingRow.Weight),
            L1Regularization = (float)settings.L1,
            L2Regularization = (float)settings.L2,
            OptimizationTolerance = (float)settings.Tolerance,
            MaximumNumberOfIterations = settings.MaxIterations,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);

        var training = new TrainingRecord(Sha256(examples), examples.Count, settings.Seed, settings.L1, settings.L2, settings.RevocationWeight,
            (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        return new TrainedIntentModel(context, model, data.Schema, training);
    }

    private static IEnumerable<IntentTrainingRow> Rows(IReadOnlyList<LabelledMessage> examples, TrainingSettings settings)
    {
        var features = new List<Feature>();
        foreach (var example in examples)
        {
            FeatureExtractor.Extract(TextNormalizer.Normalize(example.Text), FeatureVector.BucketBits, features);
            yield return new IntentTrainingRow
            {
                Label = (uint)example.Intent,
                Features = FeatureVector.Of(features),
                Weight = example.Intent.Revokes() ? (float)settings.RevocationWeight : 1,
            };
        }
    }

    private static string Sha256(IReadOnlyList<LabelledMessage> examples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var example in examples) hash.AppendData(Encoding.UTF8.GetBytes($"{example.Intent.ToLabel()}\t{example.Text}\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>A model fresh from training, before it is saved.</summary>
public sealed record TrainedIntentModel(MLContext Context, ITransformer Transformer, DataViewSchema InputSchema, TrainingRecord Training)
{
    public byte[] ToBytes(ModelFigures? figures = null) => IntentModelFile.ToBytes(Context, Transformer, InputSchema, Training, figures);

    /// <summary>The model exactly as the app would load it from its file.</summary>
    public LoadedIntentModel Load() => IntentModelFile.Read(ToBytes(), "the model just trained");
}
