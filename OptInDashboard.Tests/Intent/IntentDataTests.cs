using OptInDashboard.Consent;
using OptInDashboard.Intent;
using OptInDashboard.Intent.Text;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Tests.Intent;

public class IntentDataTests
{
    private static readonly IReadOnlyList<LabelledMessage> Messages = IntentDataFile.Read(ShippedModel.DataPath);

    [Fact]
    public void TheDataHasAtLeastTwoThousandMessagesOfEveryIntent()
    {
        Assert.True(Messages.Count >= 2000);
        Assert.All(Enum.GetValues<MessageIntent>(), intent => Assert.Contains(Messages, m => m.Intent == intent));
    }

    [Fact]
    public void EveryExactKeywordInTheDataCarriesTheKeywordsIntent()
    {
        foreach (var message in Messages)
        {
            var expected = Keywords.Match(message.Text)?.Action switch
            {
                KeywordAction.OptOut or KeywordAction.OptOutAll => MessageIntent.OptOut,
                KeywordAction.OptIn => MessageIntent.OptIn,
                KeywordAction.Help => MessageIntent.Help,
                _ => message.Intent,
            };
            Assert.True(expected == message.Intent, $"\"{message.Text}\" is labelled {message.Intent.ToLabel()} but is the keyword for {expected.ToLabel()}");
        }
    }

    [Fact]
    public void NoTwoMessagesThatNormaliseAlikeDisagree()
    {
        var conflicts = Messages.GroupBy(m => TextNormalizer.Normalize(m.Text))
            .Where(g => g.Select(m => m.Intent).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();

        Assert.Empty(conflicts);
    }

    [Fact]
    public void TheTestSplitIsAboutAFifthAndDisjointFromTraining()
    {
        var (train, test) = DataSplit.Apply(Messages);

        Assert.InRange((double)test.Count / Messages.Count, 0.17, 0.23);
        var trainTexts = train.Select(m => TextNormalizer.Normalize(m.Text)).ToHashSet();
        Assert.DoesNotContain(test, m => trainTexts.Contains(TextNormalizer.Normalize(m.Text)));
    }

    [Fact]
    public void EveryIntentHasOneLabel() => Assert.Equal(MessageIntentLabels.Count, Enum.GetValues<MessageIntent>().Length);
}
