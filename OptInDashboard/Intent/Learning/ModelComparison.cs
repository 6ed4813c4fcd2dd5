using System.Globalization;
using System.Text.Json.Serialization;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent.Learning;

/// <summary>
/// A candidate intent model beside the one in use, on the same messages with the same thresholds. A candidate
/// may replace the model in use only when it is no worse on any of <see cref="Sets"/>: it catches no fewer
/// requests to stop, is wrong no more often when it opts out automatically, and pauses no more ordinary texts
/// for review. <see cref="Languages"/> breaks the test messages down for the Admin; it does not decide.
/// </summary>
public sealed record ModelComparison(string ActiveVersion, string CandidateVersion, IReadOnlyList<ComparedSet> Sets, IReadOnlyList<ComparedSet> Languages)
{
    /// <summary>Each way the candidate does worse than the model in use, in words; empty when it is no worse.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> WhyWorse =>
        Sets.SelectMany(set => set.Figures.Where(f => f.Change == FigureChange.Worse)
                .Select(f => $"{set.Name}: {f.WorseMeans} ({FigureComparison.Percent(f.Candidate)} against {FigureComparison.Percent(f.InUse)})"))
            .ToList();

    [JsonIgnore]
    public bool NoWorse => WhyWorse.Count == 0;
}

/// <param name="Name">What the messages are, in the Admin's words (a language code for a language's row).</param>
/// <param name="Messages">How many messages the set holds; a set with none compares nothing.</param>
public sealed record ComparedSet(string Name, int Messages, OptOutSummary Active, OptOutSummary Candidate)
{
    [JsonIgnore]
    public IReadOnlyList<FigureComparison> Figures =>
    [
        new("Caught", "catches fewer requests to stop", Active.RecallCountingReview, Candidate.RecallCountingReview, HigherIsBetter: true),
        new("Right when automatic", "is wrong more often when it opts a customer out automatically", Active.AutomaticPrecision, Candidate.AutomaticPrecision, HigherIsBetter: true),
        new("Paused needlessly", "pauses more ordinary texts for review", Active.OthersSentToReview, Candidate.OthersSentToReview, HigherIsBetter: false),
    ];
}

public enum FigureChange
{
    /// <summary>Nothing to count on one side (e.g. no automatic opt-outs at all), so no comparison.</summary>
    NotCompared,
    Better,
    Same,
    Worse,
}

/// <param name="WorseMeans">What a worse figure means, in words that follow the set's name.</param>
public sealed record FigureComparison(string Name, string WorseMeans, double InUse, double Candidate, bool HigherIsBetter)
{
    // Both sides divide counts of the same messages, so equal shares are equal doubles: no tolerance is needed.
    public FigureChange Change =>
        double.IsNaN(InUse) || double.IsNaN(Candidate) ? FigureChange.NotCompared
        : Candidate == InUse ? FigureChange.Same
        : Candidate > InUse == HigherIsBetter ? FigureChange.Better
        : FigureChange.Worse;

    public static string Percent(double ratio) => double.IsNaN(ratio) ? "–" : ratio.ToString("0.0#%", CultureInfo.InvariantCulture);
}
