using OptInDashboard.Consent;

namespace OptInDashboard.Intent.Evaluation;

/// <summary>
/// Every configured keyword, typed the ways people type it, through the app's triage: each must come out
/// as the keyword's intent and action. The split holds few bare keywords, so this is checked on its own.
/// </summary>
public static class KeywordCheck
{
    private static readonly Func<string, string>[] Typings =
    [
        k => k,
        k => k.ToLowerInvariant(),
        k => $"{k[0]}{k[1..].ToLowerInvariant()}!",
        k => $"  {k.ToLowerInvariant()}.  ",
        k => $"{k} 🛑",
        k => string.Concat(k.Select(c => char.IsAsciiLetter(c) ? (char)(char.ToUpperInvariant(c) + 0xFEE0) : c)), // full-width, as CJK keyboards type it
    ];

    public static KeywordCheckResult Run(IntentTriage triage, IIntentClassifier classifier, IReadOnlyDictionary<string, KeywordAction>? keywords = null)
    {
        int checkedCount = 0, right = 0, rightByModelAlone = 0;
        var configured = keywords ?? Keywords.Defaults;
        foreach (var (keyword, action) in configured.Where(k => k.Value is not (KeywordAction.JoinGroup or KeywordAction.LeaveGroup)))
        {
            var intent = IntentOf(action);
            foreach (var typing in Typings)
            {
                var text = typing(keyword);
                var result = triage.Triage(text, contactIsOptedOut: intent == MessageIntent.OptIn, configured);
                checkedCount++;
                if (result.Intent == intent && result.Action == ActionOf(intent) && result.Confidence == 1) right++;
                if (classifier.Classify(text).Intent == intent) rightByModelAlone++;
            }
        }
        return new KeywordCheckResult(checkedCount, checkedCount / Typings.Length, right, rightByModelAlone);
    }

    private static MessageIntent IntentOf(KeywordAction action) => action switch
    {
        KeywordAction.OptOut or KeywordAction.OptOutAll => MessageIntent.OptOut,
        KeywordAction.OptIn => MessageIntent.OptIn,
        _ => MessageIntent.Help,
    };

    private static IntentAction ActionOf(MessageIntent intent) => intent switch
    {
        MessageIntent.OptOut => IntentAction.OptOut,
        MessageIntent.OptIn => IntentAction.OptIn,
        _ => IntentAction.Help,
    };
}

public sealed record KeywordCheckResult(int Checked, int Keywords, int Right, int RightByModelAlone);
