using OptInDashboard.Consent;

namespace OptInDashboard.Tests.Consent;

public class KeywordTests
{
    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("  Stop!! ")]
    [InlineData("STOP 🛑")]
    [InlineData("stop.")]
    [InlineData("Opt-Out")]
    [InlineData("opt   out")]
    [InlineData("Stop texting")]
    [InlineData("ALTO")]
    [InlineData("baja")]
    public void KeywordMatchesTheWholeMessageAfterNormalisingCaseSpacingPunctuationAndEmoji(string text)
    {
        var match = Keywords.Match(text);
        Assert.NotNull(match);
        Assert.Equal(KeywordAction.OptOut, match.Action);
    }

    [Theory]
    [InlineData("I'll stop by at 3")]
    [InlineData("cancel my appointment")]
    [InlineData("please stop")]
    [InlineData("S T O P")]
    [InlineData("stopping by later")]
    [InlineData("")]
    public void TextThatIsNotExactlyAKeywordIsNotAKeyword(string text) => Assert.Null(Keywords.Match(text));

    [Theory]
    [InlineData("REJOIN", KeywordAction.OptIn)]
    [InlineData("optin", KeywordAction.OptIn)]
    [InlineData("Opt in", KeywordAction.OptIn)]
    [InlineData("START", KeywordAction.OptIn)]
    [InlineData("UNSTOP", KeywordAction.OptIn)]
    [InlineData("STOPALL", KeywordAction.OptOutAll)]
    [InlineData("help", KeywordAction.Help)]
    [InlineData("AYUDA", KeywordAction.Help)]
    public void EachDefaultKeywordMapsToItsAction(string text, KeywordAction action) => Assert.Equal(action, Keywords.Match(text)?.Action);

    [Fact]
    public void TheDefaultsHaveAtLeastOneOptOutAndOneOptInResponder()
    {
        Assert.Contains(Keywords.Defaults.Values, a => a == KeywordAction.OptOut);
        Assert.Contains(Keywords.Defaults.Values, a => a == KeywordAction.OptIn);
    }
}
