using OptInDashboard.Intent.Text;

namespace OptInDashboard.Tests.Intent;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("STOP!!", "stop")]
    [InlineData("Stooooop", "stop")]
    [InlineData("s t o p", "stop")]
    [InlineData("S.T.O.P.", "stop")]
    [InlineData("Don't text me", "dont text me")]
    [InlineData("Don’t", "dont")]
    [InlineData("No me envíen más", "no me envien mas")]
    [InlineData("plz stop txting me", "please stop texting me")]
    [InlineData("be there at 10:30, $45.99 ok", "be there at 0 . 0 ok")]
    [InlineData("stop 🛑🛑🛑", "stop 🛑")]
    [InlineData("thumbs 👍🏽", "thumbs 👍")]
    [InlineData("who is this???", "who is this ?")]
    [InlineData("don't call me, text me", "dont call me . text me")]
    [InlineData("Đừng nhắn tin cho tôi nữa", "dung nhan tin cho toi nua")]
    [InlineData("Arrêtez, merci", "arretez . merci")]
    [InlineData("ＳＴＯＰ", "stop")]
    [InlineData("SТОР please", "stop please")]
    [InlineData("不要再发短信了。谢谢", "不 要 再 发 短 信 了 . 谢 谢")]
    [InlineData("문자 그만 보내세요", "문자 그만 보내세요")]
    [InlineData("  ...  ", "")]
    [InlineData("", "")]
    public void SpellingsOfTheSameWordsNormaliseAlike(string text, string normalized) => Assert.Equal(normalized, TextNormalizer.Normalize(text));

    [Fact]
    public void AnyTextNormalisesWithoutOverflowingItsBuffers()
    {
        string[] pieces = ["u", "ty", "1", "xfa", "?", "🛑", "a", " ", ".", "é", "'", "k", "\u0301", "𝒜"];
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 400)).Select(_ => pieces[random.Next(pieces.Length)]));
            var normalized = TextNormalizer.Normalize(text);
            Assert.DoesNotContain("  ", normalized);
        }
    }
}
