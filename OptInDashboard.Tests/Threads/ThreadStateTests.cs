using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Threads;

/// <summary>
/// What the thread shows is derived from the stored state each time it loads, so the page's reload after
/// a change brings every warning and label up to date; nothing is a flag set once and left behind.
/// </summary>
public sealed class ThreadStateTests : IDisposable
{
    private static readonly string ReviewBandText = ReviewBand.Text;

    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;

    public ThreadStateTests() => _maria = new ThreadDriver(_app, "+15555550111");

    private Task<string> ShownAsync() => ThreadViewHtml.LoadAndRenderAsync(_app, _maria);

    [Theory]
    [InlineData(true, "Opt-out: confirmed by a manager", "flag-opt-out")]
    [InlineData(false, "Possible opt-out: a manager decided it is not one", "flag-reviewed")]
    public async Task APossibleOptOutIsUnderReviewOnlyUntilAManagerDecides(bool confirm, string label, string flag)
    {
        await _maria.CustomerTexts(ReviewBandText);
        Assert.Equal(ConsentStatus.PossibleOptOut, await _maria.Status());
        Assert.Contains("Possible opt-out: under review", await ShownAsync());

        var (contactId, lineId) = await _maria.Ids();
        await _app.Get<StaffConsentActions>().DecideReviewAsync(Staff.Manager, contactId, lineId, confirm, "Read the whole thread");

        var shown = await ShownAsync();
        Assert.DoesNotContain("Possible opt-out: under review", shown);
        Assert.Contains(label, shown);
        Assert.Contains($"data-flag=\"{flag}\"", shown);
    }

    [Fact]
    public async Task APossibleOptOutOvertakenByAStopIsNoLongerUnderReview()
    {
        await _maria.CustomerTexts(ReviewBandText);
        await _maria.CustomerTexts("STOP");

        var shown = await ShownAsync();

        Assert.DoesNotContain("Possible opt-out: under review", shown);
        Assert.Contains("Possible opt-out: no longer under review", shown);
    }

    [Fact]
    public async Task TheNotSentWarningLastsOnlyWhileTheGateStillRefuses()
    {
        await _maria.CustomerTexts("STOP");
        var refused = await _maria.AdvisorSends("Your car is ready");
        Assert.Equal(MessageStatus.Blocked, refused.Status);
        Assert.Contains("Not sent: Opted out on Service", await ShownAsync());

        await _maria.CustomerTexts("START");

        Assert.DoesNotContain("Not sent", await ShownAsync());
    }

    public void Dispose() => _app.Dispose();
}
