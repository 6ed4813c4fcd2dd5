using Microsoft.Extensions.Options;
using OptInDashboard.Intent;

namespace OptInDashboard.Tests.Intent;

public class IntentPolicyTests
{
    private readonly IntentPolicy _policy = new(Options.Create(new IntentOptions { OptOutThreshold = 0.9, ReviewThreshold = 0.5, OptInThreshold = 0.8 }));

    private static IntentPrediction Prediction(MessageIntent intent, double confidence, double optOut) => new(intent, confidence, optOut, []);

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void OptOutProbabilityAtOrAboveTheHighThresholdOptsOut(double optOut) =>
        Assert.Equal(IntentAction.OptOut, _policy.Decide(Prediction(MessageIntent.OptOut, optOut, optOut), contactIsOptedOut: false));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.8999)]
    public void OptOutProbabilityInTheReviewBandPausesForReview(double optOut) =>
        Assert.Equal(IntentAction.Review, _policy.Decide(Prediction(MessageIntent.OptOut, optOut, optOut), contactIsOptedOut: false));

    [Fact]
    public void OptOutProbabilityBelowTheReviewBandDoesNothing() =>
        Assert.Equal(IntentAction.None, _policy.Decide(Prediction(MessageIntent.Other, 0.51, 0.49), contactIsOptedOut: false));

    [Fact]
    public void TheReviewBandAppliesEvenWhenOptOutIsNotTheMostLikelyIntent()
    {
        var wary = new IntentPolicy(Options.Create(new IntentOptions { ReviewThreshold = 0.3 }));

        Assert.Equal(IntentAction.Review, wary.Decide(Prediction(MessageIntent.Other, 0.6, 0.35), contactIsOptedOut: false));
    }

    [Fact]
    public void AFreeTextOptInActsForAContactWhoIsOptedOut() =>
        Assert.Equal(IntentAction.OptIn, _policy.Decide(Prediction(MessageIntent.OptIn, 0.95, 0.01), contactIsOptedOut: true));

    [Fact]
    public void AFreeTextOptInDoesNothingForAContactWhoIsNotOptedOut() =>
        Assert.Equal(IntentAction.None, _policy.Decide(Prediction(MessageIntent.OptIn, 0.95, 0.01), contactIsOptedOut: false));

    [Fact]
    public void AnUnsureOptInDoesNothingEvenForAnOptedOutContact() =>
        Assert.Equal(IntentAction.None, _policy.Decide(Prediction(MessageIntent.OptIn, 0.7, 0.2), contactIsOptedOut: true));

    [Fact]
    public void HelpIsHelp() =>
        Assert.Equal(IntentAction.Help, _policy.Decide(Prediction(MessageIntent.Help, 0.6, 0.1), contactIsOptedOut: false));

    [Fact]
    public void ConfiguredThresholdsAreTheOnesApplied()
    {
        var strict = new IntentPolicy(Options.Create(new IntentOptions { OptOutThreshold = 0.99, ReviewThreshold = 0.2 }));

        Assert.Equal(IntentAction.Review, strict.Decide(Prediction(MessageIntent.OptOut, 0.95, 0.95), contactIsOptedOut: false));
        Assert.Equal(IntentAction.Review, strict.Decide(Prediction(MessageIntent.Other, 0.7, 0.25), contactIsOptedOut: false));
    }
}
