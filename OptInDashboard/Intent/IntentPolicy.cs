using Microsoft.Extensions.Options;

namespace OptInDashboard.Intent;

/// <summary>
/// What the consent service does with a prediction once no exact keyword matched. The two opt-out
/// thresholds exist because the two mistakes cost differently: a missed opt-out breaks the law, a wrong
/// one silences a customer in the middle of a repair. Between them sending pauses and a manager decides.
/// </summary>
public sealed class IntentPolicy(IOptions<IntentOptions> options)
{
    public IntentAction Decide(IntentPrediction prediction, bool contactIsOptedOut)
    {
        var thresholds = options.Value;
        if (prediction.OptOutProbability >= thresholds.OptOutThreshold) return IntentAction.OptOut;
        if (prediction.OptOutProbability >= thresholds.ReviewThreshold) return IntentAction.Review;
        return prediction.Intent switch
        {
            // Re-consent only means something from someone who revoked it; for anyone else "text me again" is chatter.
            MessageIntent.OptIn when contactIsOptedOut && prediction.Confidence >= thresholds.OptInThreshold => IntentAction.OptIn,
            MessageIntent.Help => IntentAction.Help,
            _ => IntentAction.None,
        };
    }
}
