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
    public void TheModelsTopFeaturesAreShownAsTheWordsThatWeighedMost_NotAsLetterGroups()
    {
        var flag = Flag(new ConsentEvidence(ConsentCause.IntentModel, ConsentEvidence.CustomerActor)
        {
            InboundMessageId = 7, Text = "please dont txt me", ModelScore = 0.95,
            ModelTopFeatures = "chars <pl (+0.61); please dont (+0.52); ~tx_ (+0.40); not~text (+0.33); [start] please (+0.30); me [end] (+0.20)",
        });

        Assert.Equal("Words that weighed most: “please dont”, “not … text”, “please”", flag.ModelWords());
    }

    [Fact]
    public void ClauseBreaksAndSingleLettersAreNotWords_AndChineseCharactersAreShownTogether() =>
        Assert.Equal("Words that weighed most: “不要”, “wrong number”", Flag(new ConsentEvidence(ConsentCause.IntentModel, ConsentEvidence.CustomerActor)
            { InboundMessageId = 7, Text = "wrong number. 不要", ModelScore = 0.97, ModelTopFeatures = ". (+0.50); 不 要 (+0.40); i (+0.30); wrong number (+0.20)" }).ModelWords());

    [Fact]
    public void OnlyLetterGroupsGiveNoWordsSentence() =>
        Assert.Null(Flag(new ConsentEvidence(ConsentCause.IntentModel, ConsentEvidence.CustomerActor)
            { InboundMessageId = 7, Text = "srop", ModelScore = 0.7, ModelTopFeatures = "chars op> (+0.66); ~s_op (+0.55); [1 word] (+0.10)" }).ModelWords());

    [Fact]
    public void WithoutAModelScoreThereIsNoModelSentence() =>
        Assert.Null(Flag(new ConsentEvidence(ConsentCause.IntentModel, ConsentEvidence.CustomerActor) { InboundMessageId = 7, Text = "stop?" }).ModelReason());
}
