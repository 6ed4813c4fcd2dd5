namespace OptInDashboard.Intent;

/// <param name="Intent">The most probable intent.</param>
/// <param name="Confidence">The probability of <paramref name="Intent"/>.</param>
/// <param name="OptOutProbability">What the policy thresholds apply to, whatever the most probable intent.</param>
/// <param name="TopFeatures">What pushed the text towards <paramref name="Intent"/> most, strongest first.</param>
public sealed record IntentPrediction(
    MessageIntent Intent,
    double Confidence,
    double OptOutProbability,
    IReadOnlyList<FeatureContribution> TopFeatures)
{
    /// <summary>
    /// The model that made this prediction, for the ledger. Carried by the prediction itself because the active
    /// model can be replaced between the reading of a text and the writing of its evidence.
    /// </summary>
    public string ModelVersion { get; init; } = "";
}

/// <param name="Feature">Readable form of the feature, e.g. <c>stop texting</c> or <c>chars &lt;unsu</c>.</param>
/// <param name="Weight">Its contribution to the predicted intent's score.</param>
public sealed record FeatureContribution(string Feature, double Weight)
{
    public override string ToString() => $"{Feature} ({Weight:+0.00;-0.00})";
}
