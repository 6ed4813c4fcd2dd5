using System.Security.Cryptography;
using System.Text;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent.Training;

/// <summary>Labelled messages in, model out. The same messages and settings give the same model, bit for bit.</summary>
public static class IntentTrainer
{
    public static TrainedModel Train(IReadOnlyList<LabelledMessage> examples, TrainingSettings settings, Action<TrainingProgress>? progress = null)
    {
        if (examples.Count == 0) throw new ArgumentException("There is nothing to train on.", nameof(examples));

        var matrix = FeatureMatrix.Build(examples, settings.BucketBits, settings.OptOutWeight);
        var objective = new SoftmaxObjective(matrix, settings.L2);
        var parameters = new double[objective.ParameterCount];
        var iterations = Lbfgs.Minimize(objective.Evaluate, parameters, settings.MaxIterations, settings.GradientTolerance, progress);
        var finalLoss = objective.Evaluate(parameters, new double[parameters.Length]);

        var classes = IntentModel.ClassCount;
        var weights = new float[(1 << settings.BucketBits) * classes];
        for (var column = 0; column < matrix.UsedBuckets.Length; column++)
            for (var c = 0; c < classes; c++)
                weights[matrix.UsedBuckets[column] * classes + c] = (float)parameters[column * classes + c];
        var bias = new float[classes];
        for (var c = 0; c < classes; c++) bias[c] = (float)parameters[matrix.UsedBuckets.Length * classes + c];

        var record = new TrainingRecord(Sha256(examples), examples.Count, settings.L2, iterations);
        return new TrainedModel(new IntentModel(settings.BucketBits, weights, bias, record), matrix.UsedBuckets.Length, finalLoss);
    }

    private static string Sha256(IReadOnlyList<LabelledMessage> examples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var example in examples) hash.AppendData(Encoding.UTF8.GetBytes($"{example.Intent.ToLabel()}\t{example.Text}\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <param name="UsedBuckets">Buckets some training example touches.</param>
/// <param name="FinalLoss">The training objective at the end (cross-entropy plus penalty).</param>
public sealed record TrainedModel(IntentModel Model, int UsedBuckets, double FinalLoss);
