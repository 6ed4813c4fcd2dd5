using OptInDashboard.Intent;

namespace OptInDashboard.Tests.Intent;

/// <summary>Consent is revoked by any reasonable means: free text must be caught, not only keywords.</summary>
public class OptOutTests
{
    [Fact]
    public void PleaseStopTextingMeIsAnAutomaticOptOut() => Assert.Equal(IntentAction.OptOut, ShippedModel.ActionFor("Please stop texting me"));

    [Fact]
    public void DontTextMeAnymoreIsAnAutomaticOptOut() => Assert.Equal(IntentAction.OptOut, ShippedModel.ActionFor("don't text me anymore"));

    [Fact]
    public void ISoldTheCarQuitSendingTheseIsAnAutomaticOptOut() =>
        Assert.Equal(IntentAction.OptOut, ShippedModel.ActionFor("I sold the car, quit sending these"));

    [Fact]
    public void TakeMeOffYourListIsAnAutomaticOptOut() => Assert.Equal(IntentAction.OptOut, ShippedModel.ActionFor("take me off your list"));

    [Fact]
    public void AnExactKeywordActsWithFullConfidenceWhateverTheModelSays()
    {
        var result = ShippedModel.Triage.Triage("  Stop!! 🛑 ", contactIsOptedOut: false);

        Assert.Equal(IntentAction.OptOut, result.Action);
        Assert.Equal(1.0, result.Confidence);
        Assert.Equal("STOP", result.Keyword?.Keyword);
        Assert.Null(result.Prediction);
    }

    [Theory]
    [InlineData("Kindly refrain from sending further messages to this number.")]
    [InlineData("I have asked three times now. Stop.")]
    [InlineData("not interested, please remove")]
    [InlineData("Remove me.")]
    [InlineData("Please stop sending me these automated messages")]
    [InlineData("Stop sending texts to this number. The owner passed away.")]
    [InlineData("I no longer own the vehicle. Please update your records and stop texting.")]
    [InlineData("leave me alone")]
    [InlineData("wrong number")]
    [InlineData("stop pls 🙏")]
    [InlineData("plz dont txt me no more")]
    [InlineData("unsubcribe")]
    [InlineData("s t o p")]
    public void FreeTextOptOutsAreAutomaticOptOuts(string text) => Assert.Equal(IntentAction.OptOut, ShippedModel.ActionFor(text));

    [Theory]
    [InlineData("🛑")]
    [InlineData("Stop it, I'm not buying a car from you")]
    public void LessCertainOptOutsAreAtLeastSentToReview(string text) =>
        Assert.Contains(ShippedModel.ActionFor(text), new[] { IntentAction.OptOut, IntentAction.Review });
}
