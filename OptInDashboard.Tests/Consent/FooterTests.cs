using OptInDashboard.Consent;

namespace OptInDashboard.Tests.Consent;

public class FooterTests
{
    private readonly ConsentOptions _options = new();

    [Fact]
    public void EveryAdvisorTextEndsWithTheFooter() =>
        Assert.Equal("Your car is ready.\nText STOP to opt-out", _options.AppendFooter("Your car is ready."));

    [Fact]
    public void TheFooterIsNeverAddedTwice() =>
        Assert.Equal("Your car is ready.\nText STOP to opt-out", _options.AppendFooter("Your car is ready.\nText STOP to opt-out  "));

    [Fact]
    public void TheFooterIsConfigurable() =>
        Assert.EndsWith("Reply STOP to end", new ConsentOptions { Footer = "Reply STOP to end" }.AppendFooter("Hi"));
}
