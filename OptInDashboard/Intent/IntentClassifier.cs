using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent;

/// <summary>
/// Normalise, extract the hashed features, let the ML.NET model score them, explain the winner. ML.NET's
/// prediction engines are not thread-safe, so each call borrows one from a pool.
/// </summary>
public sealed class IntentClassifier : IIntentClassifier
{
    private const int ExplainedFeatures = 5;

    private readonly ObjectPool<Scorer> _scorers;
    private readonly ModelWeights _weights;

    public IntentClassifier(LoadedIntentModel model)
    {
        ModelVersion = model.Version;
        _weights = model.Weights;
        _scorers = new DefaultObjectPool<Scorer>(new ScorerPolicy(model), Environment.ProcessorCount * 4);
    }

    public string ModelVersion { get; }

    public IntentPrediction Classify(string text)
    {
        if (Reactions.IsReaction(text, out var verb))
            return new IntentPrediction(MessageIntent.Other, 1, 0, [new FeatureContribution($"a reaction ({verb}) to an earlier text", 0)]);

        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return NothingToRead;

        var scorer = _scorers.Get();
        try
        {
            var probabilities = scorer.Score(normalized);
            var winner = 0;
            for (var c = 1; c < probabilities.Length; c++)
                if (probabilities[c] > probabilities[winner]) winner = c;
            var revocation = 0.0;
            for (var c = 0; c < probabilities.Length; c++)
                if (((MessageIntent)c).Revokes()) revocation += probabilities[c];

            return new IntentPrediction(
                (MessageIntent)winner,
                probabilities[winner],
                Math.Min(revocation, 1),
                FeatureExplainer.Top(_weights, scorer.Features, normalized, winner, ExplainedFeatures));
        }
        finally
        {
            _scorers.Return(scorer);
        }
    }

    /// <summary>Empty text, or only punctuation: nothing was said, so nothing can be revoked.</summary>
    private static readonly IntentPrediction NothingToRead = new(MessageIntent.Other, 1, 0, []);

    /// <summary>One prediction engine with its reusable buffers.</summary>
    private sealed class Scorer(PredictionEngine<IntentFeaturesRow, IntentScoresRow> engine)
    {
        private readonly FeatureVector _vector = new();
        private readonly IntentFeaturesRow _input = new();
        private IntentScoresRow _output = new();

        public List<Feature> Features { get; } = new(256);

        public float[] Score(string normalized)
        {
            FeatureExtractor.Extract(normalized, FeatureVector.BucketBits, Features);
            _input.Features = _vector.Fill(Features);
            engine.Predict(_input, ref _output);
            return _output.Score;
        }
    }

    private sealed class ScorerPolicy(LoadedIntentModel model) : PooledObjectPolicy<Scorer>
    {
        public override Scorer Create() =>
            new(model.Context.Model.CreatePredictionEngine<IntentFeaturesRow, IntentScoresRow>(model.Transformer));

        public override bool Return(Scorer obj) => true;
    }
}
