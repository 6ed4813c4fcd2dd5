using OptInDashboard.Consent;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Intent;

/// <summary>Which of our customers' languages a text is written in, when the language model is sure enough to answer in it.</summary>
public sealed class LanguageIdentifier(LoadedIntentModel model)
{
    /// <summary>Below this the reply goes in English: a wrong language is worse than the default one.</summary>
    public const double Confidence = 0.8;

    private readonly ModelScorer _scorer = new(model);

    public string ModelVersion => model.Version;

    /// <summary>A code of <see cref="ReplyTemplate.Languages"/>, or null when the text says too little to tell.</summary>
    public string? Identify(string text)
    {
        if (Reactions.IsReaction(text, out _)) return null;
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return null;
        return _scorer.Score(normalized, (probabilities, _) =>
        {
            var best = ModelScorer.Best(probabilities);
            return probabilities[best] >= Confidence ? model.Metadata.Labels[best] : null;
        });
    }
}
