using OptInDashboard.Intent;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Benchmarks.Baseline;

/// <summary>The pre-ML.NET scoring: the same normaliser, features and explanation, and a hand-written softmax.</summary>
public sealed class BaselineClassifier(BaselineModel model) : IIntentClassifier
{
    [ThreadStatic] private static List<Feature>? t_features;

    public string ModelVersion => "intent-v1";

    public IntentPrediction Classify(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return new IntentPrediction(MessageIntent.Other, 1, 0, []);

        var features = t_features ??= new List<Feature>(256);
        FeatureExtractor.Extract(normalized, model.BucketBits, features);
        Span<double> scores = stackalloc double[BaselineModel.ClassCount];
        foreach (var feature in features)
            for (var c = 0; c < scores.Length; c++) scores[c] += model.Weights[feature.Bucket * BaselineModel.ClassCount + c];
        var value = FeatureVector.FeatureValue(features.Count);
        var max = double.MinValue;
        for (var c = 0; c < scores.Length; c++) max = Math.Max(max, scores[c] = model.Bias[c] + value * scores[c]);
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++) sum += scores[c] = Math.Exp(scores[c] - max);
        var winner = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
            if (scores[c] > scores[winner]) winner = c;
        }
        return new IntentPrediction((MessageIntent)winner, scores[winner], scores[(int)MessageIntent.OptOut],
            FeatureExplainer.Top(model, features, normalized, winner, 5));
    }
}
