using OptInDashboard.Intent;
using OptInDashboard.Intent.Learning;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Intent.Learning;

/// <summary>What "no worse" means when a candidate model is set beside the model in use.</summary>
public sealed class ModelComparisonTests
{
    private static readonly OptOutSummary InUse = new(OptOuts: 100, RecallCountingReview: 0.98, AutomaticPrecision: 0.99, OthersSentToReview: 0.01);

    private static ModelComparison With(OptOutSummary candidate) =>
        new("in-use", "candidate", [new ComparedSet("Test messages", 1000, InUse, candidate)], []);

    [Fact]
    public void ACandidateThatCatchesFewerRequestsToStopIsWorse()
    {
        var comparison = With(InUse with { RecallCountingReview = 0.97 });

        Assert.False(comparison.NoWorse);
        Assert.Equal("Test messages: catches fewer requests to stop (97.0% against 98.0%)", Assert.Single(comparison.WhyWorse));
    }

    [Fact]
    public void ACandidateWrongMoreOftenWhenItOptsOutAutomaticallyIsWorse() =>
        Assert.Equal("Test messages: is wrong more often when it opts a customer out automatically (98.5% against 99.0%)",
            Assert.Single(With(InUse with { AutomaticPrecision = 0.985 }).WhyWorse));

    [Fact]
    public void ACandidateThatPausesMoreOrdinaryTextsIsWorse() =>
        Assert.Equal("Test messages: pauses more ordinary texts for review (1.5% against 1.0%)",
            Assert.Single(With(InUse with { OthersSentToReview = 0.015 }).WhyWorse));

    [Fact]
    public void ACandidateBetterOrTheSameOnEveryFigureIsNoWorse()
    {
        var comparison = With(InUse with { RecallCountingReview = 0.99, OthersSentToReview = 0.005 });

        Assert.True(comparison.NoWorse);
        Assert.Equal([FigureChange.Better, FigureChange.Same, FigureChange.Better], comparison.Sets[0].Figures.Select(f => f.Change));
    }

    [Fact]
    public void AFigureWithNothingToCountIsNotComparedAndNotWorse()
    {
        var comparison = With(InUse with { AutomaticPrecision = double.NaN });

        Assert.True(comparison.NoWorse);
        Assert.Equal(FigureChange.NotCompared, comparison.Sets[0].Figures[1].Change);
    }

    [Fact]
    public void BetterOnOneSetDoesNotMakeUpForWorseOnAnother()
    {
        var comparison = new ModelComparison("in-use", "candidate",
        [
            new ComparedSet(ModelComparer.TestSet, 1000, InUse, InUse with { RecallCountingReview = 0.995 }),
            new ComparedSet(ModelComparer.DecisionsSet, 20, InUse, InUse with { RecallCountingReview = 0.9 }),
        ], []);

        Assert.StartsWith(ModelComparer.DecisionsSet, Assert.Single(comparison.WhyWorse));
    }

    [Fact]
    public void TheComparisonCoversTheTestSplitItsOtherLanguagesAndTheDecisions()
    {
        using var app = new TestApp(dispatchInBackground: false);
        var test = DataSplit.Apply(IntentDataFile.Read(ShippedModel.DataPath)).Test;
        LabelledMessage[] decisions = [new(MessageIntent.OptOut, "enough with the texts", "und"), new(MessageIntent.Other, "enough for today, thanks", "und")];

        var comparison = app.Get<ModelComparer>().Compare(ShippedModel.Classifier, ShippedModel.Classifier, decisions);

        Assert.Equal(
            [(ModelComparer.TestSet, test.Count), (ModelComparer.MultilingualSet, test.Count(m => m.Language != "en")), (ModelComparer.DecisionsSet, 2)],
            comparison.Sets.Select(s => (s.Name, s.Messages)));
        Assert.Equal(test.Select(m => m.Language).Distinct().Order(), comparison.Languages.Select(l => l.Name).Order());
        Assert.All(comparison.Sets.SelectMany(s => s.Figures), f => Assert.True(f.Change is FigureChange.Same or FigureChange.NotCompared));
        Assert.True(comparison.NoWorse);
    }
}
