using OptInDashboard.Consent;

namespace OptInDashboard.Intent;

/// <summary>
/// The whole decision for one inbound text, in the consent service's order: an exact keyword of the
/// account's configured set acts deterministically; anything else goes to the model and
/// <see cref="IntentPolicy"/>. The consent service, the CLI and the evaluation all decide here, so the
/// figures describe what the app does.
/// </summary>
public sealed class IntentTriage(IIntentClassifier classifier, IntentPolicy policy)
{
    /// <param name="keywords">The account's keywords (normalised keyword to action); the built-in defaults when null.</param>
    public TriageResult Triage(string text, bool contactIsOptedOut, IReadOnlyDictionary<string, KeywordAction>? keywords = null) =>
        Decide(text, contactIsOptedOut, Keywords.Match(text, keywords));

    /// <summary>
    /// The action where the intent could take effect: for a contact who is opted in, except that a free-text
    /// opt-in is judged for one who is opted out (for anyone else it does nothing).
    /// </summary>
    public TriageResult Triage(string text, IReadOnlyDictionary<string, KeywordAction>? keywords = null)
    {
        if (Keywords.Match(text, keywords) is { } keyword) return FromKeyword(keyword);
        var prediction = classifier.Classify(text);
        return FromModel(prediction, contactIsOptedOut: prediction.Intent == MessageIntent.OptIn);
    }

    /// <summary>The decision once the caller has looked the text up among its keywords (<paramref name="keyword"/> null: none matched).</summary>
    public TriageResult Decide(string text, bool contactIsOptedOut, KeywordMatch? keyword) =>
        keyword is not null ? FromKeyword(keyword) : FromModel(classifier.Classify(text), contactIsOptedOut);

    private static TriageResult FromKeyword(KeywordMatch match) => match.Action switch
    {
        KeywordAction.OptOut or KeywordAction.OptOutAll => new(MessageIntent.OptOut, 1, IntentAction.OptOut, match, null),
        KeywordAction.OptIn => new(MessageIntent.OptIn, 1, IntentAction.OptIn, match, null),
        KeywordAction.Help => new(MessageIntent.Help, 1, IntentAction.Help, match, null),
        // Joining or leaving a group: a keyword, but not about consent.
        _ => new(MessageIntent.Other, 1, IntentAction.None, match, null),
    };

    private TriageResult FromModel(IntentPrediction prediction, bool contactIsOptedOut) =>
        new(prediction.Intent, prediction.Confidence, policy.Decide(prediction, contactIsOptedOut), null, prediction);
}

/// <param name="Keyword">The exact keyword that decided, if one did; then <paramref name="Prediction"/> is null.</param>
public sealed record TriageResult(MessageIntent Intent, double Confidence, IntentAction Action, KeywordMatch? Keyword, IntentPrediction? Prediction);
