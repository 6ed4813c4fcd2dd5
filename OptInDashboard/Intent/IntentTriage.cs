using OptInDashboard.Consent;

namespace OptInDashboard.Intent;

/// <summary>
/// The whole decision for one inbound text, in the consent service's order: an exact keyword acts
/// deterministically; anything else goes to the model and <see cref="IntentPolicy"/>. The CLI and the
/// evaluation go through here so that their figures describe what the app does.
/// </summary>
public sealed class IntentTriage(IIntentClassifier classifier, IntentPolicy policy)
{
    public TriageResult Triage(string text, bool contactIsOptedOut) =>
        FromKeyword(text) ?? FromModel(classifier.Classify(text), contactIsOptedOut);

    /// <summary>
    /// The action where the intent could take effect: for a contact who is opted in, except that a free-text
    /// opt-in is judged for one who is opted out (for anyone else it does nothing).
    /// </summary>
    public TriageResult Triage(string text)
    {
        if (FromKeyword(text) is { } keyword) return keyword;
        var prediction = classifier.Classify(text);
        return FromModel(prediction, contactIsOptedOut: prediction.Intent == MessageIntent.OptIn);
    }

    private static TriageResult? FromKeyword(string text) => Keywords.Match(text) switch
    {
        { Action: KeywordAction.OptOut or KeywordAction.OptOutAll } match => new(MessageIntent.OptOut, 1, IntentAction.OptOut, match, null),
        { Action: KeywordAction.OptIn } match => new(MessageIntent.OptIn, 1, IntentAction.OptIn, match, null),
        { Action: KeywordAction.Help } match => new(MessageIntent.Help, 1, IntentAction.Help, match, null),
        _ => null,
    };

    private TriageResult FromModel(IntentPrediction prediction, bool contactIsOptedOut) =>
        new(prediction.Intent, prediction.Confidence, policy.Decide(prediction, contactIsOptedOut), null, prediction);
}

/// <param name="Keyword">The exact keyword that decided, if one did; then <paramref name="Prediction"/> is null.</param>
public sealed record TriageResult(MessageIntent Intent, double Confidence, IntentAction Action, KeywordMatch? Keyword, IntentPrediction? Prediction);
