using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent.Model;

/// <summary>
/// A multinomial logistic regression over hashed features: one weight per bucket and class, one bias per
/// class. Every feature of a text counts 1/sqrt(n) for n features, so long texts are not more certain
/// merely for being long.
/// </summary>
public sealed class IntentModel
{
    /// <summary>One per <see cref="MessageIntent"/>; four, so that one 256-bit vector holds a feature's weights for every class.</summary>
    public const int ClassCount = 4;

    public IntentModel(int bucketBits, float[] weights, float[] bias, TrainingRecord training)
    {
        if (bucketBits is < 8 or > 24) throw new ArgumentOutOfRangeException(nameof(bucketBits));
        if (weights.Length != (1 << bucketBits) * ClassCount) throw new ArgumentException("One weight per bucket and class.", nameof(weights));
        if (bias.Length != ClassCount) throw new ArgumentException("One bias per class.", nameof(bias));
        BucketBits = bucketBits;
        Weights = weights;
        Bias = bias;
        Training = training;
    }

    public int BucketBits { get; }

    /// <summary>Indexed [bucket * ClassCount + class]: a feature's weights for all classes share a cache line.</summary>
    public float[] Weights { get; }

    public float[] Bias { get; }

    public TrainingRecord Training { get; }

    public static double FeatureValue(int featureCount) => featureCount == 0 ? 0 : 1 / Math.Sqrt(featureCount);

    /// <summary>Class probabilities into <paramref name="probabilities"/> (length <see cref="ClassCount"/>).</summary>
    public void Probabilities(ReadOnlySpan<Feature> features, Span<double> probabilities)
    {
        Span<double> sums = stackalloc double[ClassCount];
        var weights = Weights;
        foreach (var feature in features)
        {
            var row = feature.Bucket * ClassCount;
            for (var c = 0; c < sums.Length; c++) sums[c] += weights[row + c];
        }
        var value = FeatureValue(features.Length);
        for (var c = 0; c < sums.Length; c++) probabilities[c] = Bias[c] + value * sums[c];
        Softmax.InPlace(probabilities);
    }

    public double Weight(int bucket, int classIndex) => Weights[bucket * ClassCount + classIndex];
}

/// <summary>What a model was trained from and how, stored in the model file so a model can be traced to its data.</summary>
/// <param name="DataSha256">SHA-256 (hex) of the training rows, each "label\ttext\n".</param>
public sealed record TrainingRecord(string DataSha256, int Examples, double L2, int Iterations);
