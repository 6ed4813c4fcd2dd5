using System.Globalization;

using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent.Evaluation;

/// <summary>
/// The figures that matter for consent, from the actions taken for a contact who is opted in: how many
/// real opt-outs were caught (automatically or sent to review), and how many automatic opt-outs were real.
/// An opt-out here is any revocation: opt-out, wrong number, or stop the promotions.
/// </summary>
public sealed class OptOutFigures
{
    public int OptOuts { get; private set; }
    public int Others { get; private set; }
    public int OptOutsActedOn { get; private set; }
    public int OptOutsReviewed { get; private set; }
    public int AutomaticOptOuts { get; private set; }
    public int WrongAutomaticOptOuts { get; private set; }
    public int Reviews { get; private set; }
    public int WrongReviews { get; private set; }

    public void Add(MessageIntent actual, IntentAction action)
    {
        var isOptOut = actual.Revokes();
        if (isOptOut) OptOuts++;
        else Others++;
        if (action == IntentAction.OptOut)
        {
            AutomaticOptOuts++;
            if (isOptOut) OptOutsActedOn++;
            else WrongAutomaticOptOuts++;
        }
        else if (action == IntentAction.Review)
        {
            Reviews++;
            if (isOptOut) OptOutsReviewed++;
            else WrongReviews++;
        }
    }

    public double RecallCountingReview => ConfusionMatrix.Ratio(OptOutsActedOn + OptOutsReviewed, OptOuts);

    public double AutomaticPrecision => ConfusionMatrix.Ratio(OptOutsActedOn, AutomaticOptOuts);

    /// <summary>Texts that were not opt-outs yet paused sending until a manager looked.</summary>
    public double OthersSentToReview => ConfusionMatrix.Ratio(WrongReviews, Others);

    public OptOutSummary Summary() => new(OptOuts, RecallCountingReview, AutomaticPrecision, OthersSentToReview);

    public void Write(TextWriter output)
    {
        var f = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(f, "  opt-out recall counting review:   {0:0.00%} ({1} automatic + {2} review of {3})", RecallCountingReview, OptOutsActedOn, OptOutsReviewed, OptOuts));
        output.WriteLine(string.Format(f, "  precision of automatic opt-outs:  {0:0.00%} ({1} of {2}; {3} wrong)", AutomaticPrecision, OptOutsActedOn, AutomaticOptOuts, WrongAutomaticOptOuts));
        output.WriteLine(string.Format(f, "  sent to review:                   {0} ({1} not opt-outs: {2:0.00%} of the {3} texts that are not)", Reviews, WrongReviews, OthersSentToReview, Others));
    }
}
