using System.Runtime.InteropServices;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent;

/// <summary>Normalise, extract hashed features, score with the linear model, explain the winner.</summary>
public sealed class LinearIntentClassifier(IntentModel model, string modelVersion) : IIntentClassifier
{
    private const int ExplainedFeatures = 5;

    // One buffer per thread: Classify runs on every inbound text and should not allocate a list for it.
    [ThreadStatic] private static List<Feature>? t_features;

    public string ModelVersion => modelVersion;

    public IntentPrediction Classify(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return NothingToRead;

        var features = t_features ??= new List<Feature>(256);
        FeatureExtractor.Extract(normalized, model.BucketBits, features);
        var span = CollectionsMarshal.AsSpan(features);

        Span<double> probabilities = stackalloc double[IntentModel.ClassCount];
        model.Probabilities(span, probabilities);
        var winner = 0;
        for (var c = 1; c < probabilities.Length; c++)
            if (probabilities[c] > probabilities[winner]) winner = c;

        return new IntentPrediction(
            (MessageIntent)winner,
            probabilities[winner],
            probabilities[(int)MessageIntent.OptOut],
            FeatureExplainer.Top(model, span, normalized, winner, ExplainedFeatures));
    }

    /// <summary>Empty text, or only punctuation: nothing was said, so nothing can be revoked.</summary>
    private static readonly IntentPrediction NothingToRead = new(MessageIntent.Other, 1, 0, []);
}
