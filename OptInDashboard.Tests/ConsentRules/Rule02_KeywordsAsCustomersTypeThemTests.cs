using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Rule 2 (keywords), as phones and customers type them: in look-alike letters, and in each of our customers' languages.</summary>
public sealed class Rule02_KeywordsAsCustomersTypeThemTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);

    [Theory]
    [InlineData("ＳＴＯＰ")] // full-width, as Chinese, Japanese and Korean keyboards type it
    [InlineData("SТОР")] // Т, О and Р are Cyrillic
    [InlineData("ЅТОР")] // every letter Cyrillic, every one a twin of a Latin letter
    [InlineData("𝐒𝐓𝐎𝐏")] // mathematical bold, from "fancy text" keyboards
    [InlineData("Ⓢⓣⓞⓟ")]
    [InlineData("🇸🇹🇴🇵")]
    public async Task AStopTypedInLookAlikeLettersOptsOutAsTheKeywordAndIsConfirmed(string text)
    {
        var maria = new ThreadDriver(_app, "+15555550111");

        await maria.CustomerTexts(text);

        Assert.Equal(ConsentStatus.OptedOut, await maria.Status());
        var row = (await maria.Ledger())[^1];
        Assert.Equal((ConsentCause.Keyword, "STOP"), (row.Cause, row.Keyword));
        Assert.Single(await maria.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
    }

    [Theory]
    [InlineData("arrêt", "fr")]
    [InlineData("Sair", "pt")]
    [InlineData("HINTO", "tl")]
    [InlineData("hủy", "vi")]
    [InlineData("TD", "zh-Hans")]
    [InlineData("退訂", "zh-Hant")]
    [InlineData("수신거부", "ko")]
    public async Task EachLanguagesOptOutKeywordOptsOutAndIsConfirmedInThatLanguage(string keyword, string language)
    {
        var maria = new ThreadDriver(_app, "+15555550111");

        await maria.CustomerTexts(keyword);

        Assert.Equal(ConsentStatus.OptedOut, await maria.Status());
        Assert.Equal(ConsentCause.Keyword, (await maria.Ledger())[^1].Cause);
        var confirmation = Assert.Single(await maria.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
        Assert.Equal(ConsentReplies.Default(AutoReply.OptOutConfirmation, language), confirmation.Text);
    }

    [Fact]
    public void AWordReallyWrittenInCyrillicIsNotReadAsLatin() => Assert.Null(Keywords.Match("СТОП"));

    public void Dispose() => _app.Dispose();
}
