using OptInDashboard.Consent;
using OptInDashboard.Intent.Training;

using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent.Evaluation;

/// <summary>
/// The app's decisions (exact keyword first, then model and policy) and a keyword-only baseline on the
/// same messages. Actions are those for a contact who is opted in.
/// </summary>
public sealed class IntentEvaluation
{
    public ConfusionMatrix App { get; } = new();
    public OptOutFigures AppOptOuts { get; } = new();

    /// <summary>The app's opt-out figures for each language of the data.</summary>
    public SortedDictionary<string, OptOutFigures> AppOptOutsByLanguage { get; } = new(StringComparer.Ordinal);
    public ConfusionMatrix KeywordsOnly { get; } = new();
    public OptOutFigures KeywordsOnlyOptOuts { get; } = new();

    /// <summary>Messages that are exactly a keyword, and how many of them the app and the model alone get right.</summary>
    public int ExactKeywords { get; private set; }
    public int ExactKeywordsRight { get; private set; }
    public int ExactKeywordsRightByModelAlone { get; private set; }

    /// <summary>Wrong intents, and reviews (right or wrong, a person had to look).</summary>
    public List<(LabelledMessage Message, TriageResult Result)> Mistakes { get; } = [];

    public ModelFigures Figures() => new(App.Total, AppOptOuts.Summary(),
        AppOptOutsByLanguage.ToDictionary(pair => pair.Key, pair => pair.Value.Summary(), StringComparer.Ordinal));

    public static IntentEvaluation Run(IReadOnlyList<LabelledMessage> messages, IntentTriage triage, IIntentClassifier classifier, IReadOnlyDictionary<string, KeywordAction>? keywords = null)
    {
        var evaluation = new IntentEvaluation();
        foreach (var message in messages) evaluation.Add(message, triage.Triage(message.Text, contactIsOptedOut: false, keywords), classifier);
        return evaluation;
    }

    private void Add(LabelledMessage message, TriageResult result, IIntentClassifier classifier)
    {
        App.Add(message.Intent, result.Intent);
        AppOptOuts.Add(message.Intent, result.Action);
        if (!AppOptOutsByLanguage.TryGetValue(message.Language, out var language))
            AppOptOutsByLanguage[message.Language] = language = new OptOutFigures();
        language.Add(message.Intent, result.Action);
        if (result.Intent != message.Intent || result.Action == IntentAction.Review) Mistakes.Add((message, result));

        var (baselineIntent, baselineAction) = KeywordBaseline(message.Text);
        KeywordsOnly.Add(message.Intent, baselineIntent);
        KeywordsOnlyOptOuts.Add(message.Intent, baselineAction);

        if (result.Keyword is null) return;
        ExactKeywords++;
        if (result.Intent == message.Intent) ExactKeywordsRight++;
        if (classifier.Classify(message.Text).Intent == message.Intent) ExactKeywordsRightByModelAlone++;
    }

    private static (MessageIntent, IntentAction) KeywordBaseline(string text) => Keywords.Match(text)?.Action switch
    {
        KeywordAction.OptOut or KeywordAction.OptOutAll => (MessageIntent.OptOut, IntentAction.OptOut),
        KeywordAction.OptIn => (MessageIntent.OptIn, IntentAction.OptIn),
        KeywordAction.Help => (MessageIntent.Help, IntentAction.Help),
        _ => (MessageIntent.Other, IntentAction.None),
    };
}
