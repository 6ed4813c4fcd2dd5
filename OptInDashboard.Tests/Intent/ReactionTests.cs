using OptInDashboard.Intent;

namespace OptInDashboard.Tests.Intent;

/// <summary>A reaction quotes our own text back: whatever the quote says, it is not the customer asking for anything.</summary>
public class ReactionTests
{
    [Theory]
    [InlineData("Liked \"Your vehicle is ready! Reply STOP to opt out.\"")]
    [InlineData("Loved “Your Camry is ready for pickup. Text STOP to opt-out”")]
    [InlineData("Disliked “We have a special on brakes this week. Reply STOP to unsubscribe”")]
    [InlineData("Emphasized “Please stop by the service desk before 5”")]
    [InlineData("Laughed at “Don't text me back, just come in”")]
    [InlineData("Questioned “Reply STOP to cancel”")]
    [InlineData("Reacted 👍 to “Your repair is approved. Reply STOP to opt out.”")]
    [InlineData("👍 to “Reply STOP to opt out”")]
    [InlineData("Le gustó “Su vehículo está listo. Responda STOP para no recibir más mensajes”")]
    public void AReactionToATextIsNeverAnOptOutWhateverItQuotes(string text)
    {
        var prediction = ShippedModel.Classifier.Classify(text);

        Assert.Equal(MessageIntent.Other, prediction.Intent);
        Assert.Equal(IntentAction.None, ShippedModel.ActionFor(text));
        Assert.StartsWith("a reaction", prediction.TopFeatures[0].Feature);
    }

    [Theory]
    [InlineData("I said \"STOP\"")]
    [InlineData("\"stop texting me\"")]
    [InlineData("Liked your service but \"stop\" texting me please")]
    public void QuotingTheirOwnWordsIsNotAReaction(string text) =>
        Assert.Contains(ShippedModel.ActionFor(text), new[] { IntentAction.OptOut, IntentAction.Review });
}
