using OptInDashboard.Intent;

namespace OptInDashboard.Tests.Intent;

public class ExplanationTests
{
    [Fact]
    public void AnOptOutIsExplainedByWhatItSaid()
    {
        var prediction = ShippedModel.Classifier.Classify("please stop texting me");

        Assert.Equal(MessageIntent.OptOut, prediction.Intent);
        Assert.InRange(prediction.TopFeatures.Count, 1, 5);
        Assert.Contains(prediction.TopFeatures, f => f.Feature.Contains("stop") || f.Feature.Contains("texting"));
    }

    [Fact]
    public void TopFeaturesArePositiveAndStrongestFirst()
    {
        var features = ShippedModel.Classifier.Classify("I sold the car, quit sending these").TopFeatures;

        Assert.All(features, f => Assert.True(f.Weight > 0));
        Assert.Equal(features.OrderByDescending(f => f.Weight).Select(f => f.Weight), features.Select(f => f.Weight));
    }

    [Fact]
    public void ProbabilitiesAreProbabilities()
    {
        var prediction = ShippedModel.Classifier.Classify("my car won't stop squealing");

        Assert.InRange(prediction.Confidence, 0.25, 1);
        Assert.InRange(prediction.OptOutProbability, 0, 1);
    }

    [Fact]
    public void TheModelVersionNamesTheModelFile() => Assert.Matches("^intent-v2\\+[0-9a-f]{8}$", ShippedModel.Classifier.ModelVersion);
}
