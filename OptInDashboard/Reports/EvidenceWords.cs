using System.Text.RegularExpressions;
using System.Globalization;
using OptInDashboard.Consent;

namespace OptInDashboard.Reports;

/// <summary>A ledger row's evidence as a manager reads it: who acted, and the intent model's view as a sentence, not its features.</summary>
public static partial class EvidenceWords
{
    public static string Who(this ConsentEvent e) => e.Actor switch
    {
        ConsentEvidence.CustomerActor => "The customer",
        ConsentEvidence.CarrierActor => "The carrier",
        var staff => staff,
    };

    /// <summary>"The wording looks like a request to stop texts (83% sure)"; null when the model had no say.</summary>
    public static string? ModelReason(this ConsentEvent e) => e.ModelScore is { } score
        ? $"The wording looks like a request to stop texts ({Math.Round(score * 100).ToString(CultureInfo.InvariantCulture)}% sure)"
        : null;

    /// <summary>
    /// "Words that weighed most: “please stop”, “texting me”": the model's top features a person can read (whole
    /// words and word pairs; not the letter groups and misspelling features); null when none are.
    /// </summary>
    public static string? ModelWords(this ConsentEvent e)
    {
        if (e.ModelTopFeatures is not { Length: > 0 } features) return null;
        var words = features.Split("; ")
            .Select(feature => Weighted().Match(feature) is { Success: true } match ? match.Groups["feature"].Value : feature)
            .Select(Readable)
            .OfType<string>()
            .Distinct()
            .Take(3)
            .ToList();
        return words.Count == 0 ? null : "Words that weighed most: " + string.Join(", ", words.Select(w => $"“{w}”"));
    }

    private static string? Readable(string feature) => Shown(feature) is { } shown && shown.Count(char.IsLetter) >= 2 ? JoinChineseCharacters(shown) : null;

    /// <summary>Chinese characters are tokens of their own to the model; a person reads "不要", not "不 要".</summary>
    private static string JoinChineseCharacters(string words) =>
        Regex.Replace(words, @"(?<=[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]) (?=[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF])", "");

    private static string? Shown(string feature) => feature switch
    {
        _ when feature.StartsWith("chars ", StringComparison.Ordinal) || feature.StartsWith('~') || feature.StartsWith("a reaction", StringComparison.Ordinal) => null,
        _ when feature.StartsWith("[start] ", StringComparison.Ordinal) => feature["[start] ".Length..],
        _ when feature.EndsWith(" [end]", StringComparison.Ordinal) => feature[..^" [end]".Length],
        _ when feature.StartsWith('[') => null, // the message's length
        _ when feature.StartsWith("not~", StringComparison.Ordinal) => $"not … {feature["not~".Length..]}",
        _ => feature,
    };

    [GeneratedRegex(@"^(?<feature>.+) \([+-]\d+\.\d+\)$")]
    private static partial Regex Weighted();
}
