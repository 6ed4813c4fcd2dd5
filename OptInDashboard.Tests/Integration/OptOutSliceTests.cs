using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Integration;

/// <summary>The foundation slice, end to end through the inbound pipeline, the consent service and the outbox.</summary>
public sealed class OptOutSliceTests : IDisposable
{
    private readonly TestApp _app = new();
    private readonly ThreadDriver _maria;

    public OptOutSliceTests()
    {
        _ = _app.Services; // starts the host: migrations, demo data, the outbox dispatcher
        _maria = new ThreadDriver(_app, "+15555550111");
    }

    [Fact]
    public async Task StopOptsTheContactOutOnThatLineLedgersItAndSendsTheExactConfirmation()
    {
        Assert.Equal(InboundOutcome.Accepted, await _maria.CustomerTexts("STOP"));

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
        var row = Assert.Single(await _maria.Ledger());
        Assert.Equal((ConsentStatus.NotDefined, ConsentStatus.OptedOut, ConsentCause.Keyword, "STOP"), (row.OldStatus, row.NewStatus, row.Cause, row.Keyword));
        var confirmation = await _maria.Delivered(AutoReply.OptOutConfirmation);
        Assert.Equal(ConsentReplies.OptedOut, confirmation.Text);
        Assert.Equal("This message has been detected as an opt-out message, and the system has opted you out of receiving text messages. Please send REJOIN or OPTIN to opt back in.", confirmation.Text);
        var stop = (await _maria.Messages()).Single(m => m.Text == "STOP");
        Assert.Equal(ConsentStatus.OptedOut, stop.ConsentEffect);
    }

    [Fact]
    public async Task StopOnServiceLineLeavesMarketingLineUntouched()
    {
        var marketing = new ThreadDriver(_app, "+15555550111", OptInDashboard.Demo.DemoSeeder.MarketingLine);
        await marketing.CustomerTexts("START");

        await _maria.CustomerTexts("STOP");

        Assert.Equal(ConsentStatus.OptedIn, await marketing.Status());
        var sent = await marketing.AdvisorSends("20% off tires this week");
        Assert.Equal(MessageStatus.Queued, sent.Status);
    }

    [Fact]
    public async Task AdvisorSendToAnOptedOutContactIsRecordedAsBlockedAndNothingIsSent()
    {
        await _maria.CustomerTexts("STOP");
        await _maria.Delivered(AutoReply.OptOutConfirmation);

        var attempt = await _maria.AdvisorSends("Your car is ready");

        Assert.Equal(MessageStatus.Blocked, attempt.Status);
        Assert.StartsWith("Opted out on Service since ", attempt.StatusReason);
        await _maria.Settled();
        Assert.DoesNotContain(await _maria.Messages(), m => m.Sender == MessageSender.Staff && m.Status == MessageStatus.Delivered && m.Id > attempt.Id - 1 && m.Text.StartsWith("Your car is ready"));
    }

    [Fact]
    public async Task AnyOtherTextWhileOptedOutGetsTheOptedOutReplyAndStillAppearsInTheThread()
    {
        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts("when is my car ready?");

        var reply = await _maria.Delivered(AutoReply.StillOptedOut);
        Assert.Equal("You are currently opted out of receiving texts. Please send OPTIN or REJOIN to opt back in.", reply.Text);
        Assert.Contains(await _maria.Messages(), m => m.Text == "when is my car ready?" && m.Direction == MessageDirection.Inbound);
        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
    }

    [Fact]
    public async Task TheOptedOutReplyGoesAtMostOncePerDaySoTwoAutoRespondersCannotLoop()
    {
        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts("Is my car ready?");
        await _maria.CustomerTexts("When can I pick it up?");
        await _maria.CustomerTexts("Still waiting on the car");
        await _maria.Settled();

        Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.StillOptedOut);
    }

    [Theory]
    [InlineData("REJOIN")]
    [InlineData("OPTIN")]
    public async Task RejoinOrOptInOptsBackInWithTheExactConfirmationAndSendingWorksAgain(string keyword)
    {
        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts(keyword);

        Assert.Equal(ConsentStatus.OptedIn, await _maria.Status());
        var confirmation = await _maria.Delivered(AutoReply.OptInConfirmation);
        Assert.Equal("Based on your previous message, you have opted back in.", confirmation.Text);
        Assert.Equal(ConsentStatus.OptedIn, (await _maria.Messages()).Single(m => m.Text == keyword).ConsentEffect);

        var sent = await _maria.AdvisorSends("Your car is ready");
        Assert.Equal(MessageStatus.Queued, sent.Status);
        var delivered = await Eventually.Get(async () => (await _maria.Messages()).SingleOrDefault(m => m.Id == sent.Id && m.Status == MessageStatus.Delivered), "the advisor text");
        Assert.Equal("Your car is ready\nText STOP to opt-out", delivered.Text);
    }

    [Fact]
    public async Task EveryAdvisorTextIsDeliveredEndingWithTheFooter()
    {
        var sent = await _maria.AdvisorSends("Hi Maria, your RAV4 is ready.");
        var delivered = await Eventually.Get(async () => (await _maria.Messages()).SingleOrDefault(m => m.Id == sent.Id && m.Status == MessageStatus.Delivered), "the advisor text");
        Assert.EndsWith("Text STOP to opt-out", delivered.Text);
    }

    [Fact]
    public async Task TheSameProviderMessageDeliveredTwiceIsStoredOnceAndConfirmedOnce()
    {
        Assert.Equal(InboundOutcome.Accepted, await _maria.CustomerTexts("STOP", providerId: "dup-1"));
        Assert.Equal(InboundOutcome.Duplicate, await _maria.CustomerTexts("STOP", providerId: "dup-1"));
        await _maria.Settled();

        Assert.Single(await _maria.Messages(), m => m.ProviderMessageId == "dup-1");
        Assert.Single(await _maria.Ledger());
        Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
    }

    [Fact]
    public async Task AFirstTextFromANewNumberCreatesTheContact()
    {
        var stranger = new ThreadDriver(_app, "+15552019999");
        Assert.Equal(InboundOutcome.Accepted, await stranger.CustomerTexts("Is the shop open Saturday?"));
        Assert.Single(await stranger.Messages());
    }

    [Fact]
    public async Task ATextToANumberThatIsNotOneOfOurLinesIsUnrouted()
    {
        var misdirected = new ThreadDriver(_app, "+15555550111", "+15552017777");
        Assert.Equal(InboundOutcome.Unrouted, await misdirected.CustomerTexts("STOP"));
    }

    public void Dispose() => _app.Dispose();
}
