using OptInDashboard.Consent;
using OptInDashboard.Reports;

namespace OptInDashboard.Tests.Reports;

public sealed class EvidenceWordsTests
{
    private static ConsentEvent Flag(ConsentEvidence evidence) =>
        new ConsentRecord(1, 1).MarkPossibleOptOut(evidence, new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void TheModelsViewIsASentenceWithTheScoreAsAPercentage()
    {
        var flag = Flag(new ConsentEvidence(ConsentCause.IntentModel, ConsentEvidence.CustomerActor)
            { InboundMessageId = 7, Text = "cancel my texts", ModelVersion = "intent-3", ModelScore = 0.8349, ModelTopFeatures = "cancel; cancel my" });

        Assert.Equal("The wording looks like a request to stop texts (83% sure)", flag.ModelReason());
        Assert.Equal("The customer", flag.Who());
    }

    [Fact]
    public void WithoutAModelScoreThereIsNoModelSentence() =>
        Assert.Null(Flag(new ConsentEvidence(ConsentCause.IntentModel, ConsentEvidence.CustomerActor) { InboundMessageId = 7, Text = "stop?" }).ModelReason());
}
