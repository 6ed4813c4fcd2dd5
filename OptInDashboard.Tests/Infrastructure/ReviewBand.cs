using OptInDashboard.Intent;
using OptInDashboard.Tests.Intent;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>
/// A text the shipped model is unsure of: it lands between the review and opt-out thresholds, so sending pauses
/// for a manager. Chosen from ambiguous wordings when the tests start, because any retraining moves the band.
/// </summary>
public static class ReviewBand
{
    private static readonly string[] Candidates =
    [
        "Stop it, I'm not buying a car from you", "I'm not interested", "not interested anymore", "I'm good, no thanks",
        "no more please", "enough already", "I'm done with you guys", "nope, not anymore", "I said no", "you guys need to quit it",
        "no thanks, I'll pass on all of this", "don't need these", "ugh, whatever, stop", "not now or ever", "I'm over it",
    ];

    public static string Text { get; } = Candidates.FirstOrDefault(text => ShippedModel.ActionFor(text) == IntentAction.Review)
        ?? throw new InvalidOperationException("None of the candidate wordings lands in the shipped model's review band: add an ambiguous one to ReviewBand.");
}
