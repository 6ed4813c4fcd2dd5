using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent;

/// <summary>Normalise, extract the hashed features, let the ML.NET model score them, explain the winner.</summary>
public sealed class IntentClassifier(LoadedIntentModel model) : IIntentClassifier
{
    private const int ExplainedFeatures = 5;

    private readonly ModelScorer _scorer = new(model);

    public string ModelVersion => model.Version;

    public IntentPrediction Classify(string text)
    {
        if (Reactions.IsReaction(text, out var verb))
            return new IntentPrediction(MessageIntent.Other, 1, 0, [new FeatureContribution($"a reaction ({verb}) to an earlier text", 0)]) { ModelVersion = model.Version };

        var normalized = TextNormalizer.Normalize(text);
        // Empty text, or only punctuation: nothing was said, so nothing can be revoked.
        if (normalized.Length == 0) return new IntentPrediction(MessageIntent.Other, 1, 0, []) { ModelVersion = model.Version };

        return _scorer.Score(normalized, (probabilities, features) =>
        {
            var winner = ModelScorer.Best(probabilities);
            var revocation = 0.0;
            for (var c = 0; c < probabilities.Length; c++)
                if (((MessageIntent)c).Revokes()) revocation += probabilities[c];

            return new IntentPrediction(
                (MessageIntent)winner,
                probabilities[winner],
                Math.Min(revocation, 1),
                FeatureExplainer.Top(model.Weights, features, normalized, winner, ExplainedFeatures)) { ModelVersion = model.Version };
        });
    }
}
