using OptInDashboard.Intent;

namespace OptInDashboard.Tests.Intent;

/// <summary>Texts that only look like opt-outs must not opt anyone out, nor pause their texts for review.</summary>
public class HardNegativeTests
{
    [Fact]
    public void ILlStopByAtThreeIsNotAnOptOut() => Assert.Equal(IntentAction.None, ShippedModel.ActionFor("I'll stop by at 3"));

    [Fact]
    public void CancelMyAppointmentIsNotAnOptOut() => Assert.Equal(IntentAction.None, ShippedModel.ActionFor("cancel my appointment"));

    [Fact]
    public void MyCarWontStopSquealingIsNotAnOptOut() => Assert.Equal(IntentAction.None, ShippedModel.ActionFor("my car won't stop squealing"));

    [Fact]
    public void DontTextMeThePriceEmailItIsNotAnOptOut() => Assert.Equal(IntentAction.None, ShippedModel.ActionFor("don't text me the price, email it"));

    [Fact]
    public void TextMeWhenReadyIsNotAnOptOut() => Assert.Equal(IntentAction.None, ShippedModel.ActionFor("text me when ready"));

    [Fact]
    public void MyCarWontStartIsNotAnOptIn() => Assert.Equal(MessageIntent.Other, ShippedModel.Classifier.Classify("my car won't start").Intent);

    [Fact]
    public void INeedHelpWithMyCarIsNotAHelpRequestAboutTheTexts() =>
        Assert.Equal(IntentAction.None, ShippedModel.ActionFor("Can you help me book an oil change?"));

    [Theory]
    [InlineData("Is it ok if I stop in tomorrow around 10?")]
    [InlineData("can you stop by my house to pick up the car?")]
    [InlineData("I'll stop at the ATM first")]
    [InlineData("The brakes won't stop grinding")]
    [InlineData("my check engine light won't stop blinking")]
    [InlineData("it shakes when I come to a stop")]
    [InlineData("someone ran a stop sign and hit my door")]
    [InlineData("Can I cancel and reschedule for Friday?")]
    [InlineData("Cancel the tire rotation, just do the oil change")]
    [InlineData("The engine quit on me on the freeway")]
    [InlineData("End of day works for pickup")]
    [InlineData("Stop! Don't do the transmission work, too expensive")]
    [InlineData("Please text me when the car is ready")]
    [InlineData("Text me the total when you have it")]
    [InlineData("Don't call, just text me the estimate")]
    [InlineData("Leave the keys at the front desk")]
    [InlineData("can you remove the old car seat?")]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("No thanks")]
    [InlineData("Ok sounds good 👍")]
    [InlineData("How much is the brake job?")]
    [InlineData("Is my truck ready yet?")]
    [InlineData("necesito cancelar mi cita del lunes")]
    [InlineData("los frenos no dejan de rechinar")]
    [InlineData("el precio está muy alto")]
    public void ServiceChatterIsNeverAnOptOutNorAReview(string text) => Assert.Equal(IntentAction.None, ShippedModel.ActionFor(text));
}
