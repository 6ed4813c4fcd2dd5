using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>
/// Rule 13: loops and bots. Automatic replies other than a consent change's confirmation are rate-limited per contact,
/// line and kind; a carrier's notice changes nothing and gets no answer; an auto-responder gets no answer beyond the
/// confirmation a consent change requires. Two auto-responders can never loop.
/// </summary>
public sealed class Rule13_NoReplyLoopsTests : IDisposable
{
    private const string DrivingFocus = "I’m driving with Driving Focus turned on. I’ll see your message when I get where I’m going.";
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;

    public Rule13_NoReplyLoopsTests() => _maria = new ThreadDriver(_app, "+15555550111");

    [Fact]
    public async Task HelpIsAnsweredAtMostOnceAnHourPerContactAndLine()
    {
        for (var i = 0; i < 5; i++) await _maria.CustomerTexts("HELP");

        Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.Help);
        Assert.Equal(5, (await _maria.Messages()).Count(m => m.Text == "HELP"));
    }

    [Fact]
    public async Task EveryConsentChangeIsConfirmedWhateverCameBefore()
    {
        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts("START");
        await _maria.CustomerTexts("STOP");

        var replies = (await _maria.Messages()).Where(m => m.AutoReply is not null).Select(m => m.AutoReply).ToList();
        Assert.Equal([AutoReply.OptOutConfirmation, AutoReply.OptInConfirmation, AutoReply.OptOutConfirmation], replies);
    }

    [Theory]
    [InlineData("NETWORK MSG: Your message could not be delivered. Please stop and try again later.")]
    [InlineData("Free Msg: Unable to send message - Message Blocking is active.")]
    public async Task ACarrierNoticeChangesNoConsentAndGetsNoAnswer(string notice)
    {
        await _maria.CustomerTexts(notice);
        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts(notice);

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
        var messages = await _maria.Messages();
        Assert.All(messages.Where(m => m.Text == notice), m => Assert.Null(m.ConsentEffect));
        Assert.Equal([AutoReply.OptOutConfirmation], messages.Where(m => m.AutoReply is not null).Select(m => m.AutoReply!.Value));
    }

    [Theory]
    [InlineData(DrivingFocus)]
    [InlineData("I'm driving right now - I'll get back to you later.")]
    [InlineData("Auto-reply: I am out of the office until Monday.")]
    public async Task AnAutoResponderGetsNoAnswerNotEvenTheOptedOutReminder(string autoReply)
    {
        await _maria.CustomerTexts("STOP");

        for (var i = 0; i < 3; i++) await _maria.CustomerTexts(autoReply);

        Assert.DoesNotContain(await _maria.Messages(), m => m.AutoReply == AutoReply.StillOptedOut);
    }

    [Fact]
    public async Task AnAutoRespondersOptOutStillCountsAndIsConfirmedOnce()
    {
        await _maria.CustomerTexts("Auto-reply: this number is no longer in service, stop texting it");

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
        Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
    }

    [Fact]
    public async Task TwoAutoRespondersCannotLoop()
    {
        // A customer's bot that answers each of our texts with a keyword: it gets one answer, not one per text.
        await _maria.CustomerTexts("STOP");
        for (var round = 0; round < 10; round++)
        {
            await _maria.CustomerTexts("STOP");
            await _maria.CustomerTexts("HELP");
        }

        var replies = (await _maria.Messages()).Where(m => m.AutoReply is not null).ToList();
        Assert.Equal(3, replies.Count); // the confirmation, one reminder, one HELP
    }

    [Theory]
    [InlineData("Are you driving right now?", null)]
    [InlineData("Can I get an automatic car wash with the service?", null)]
    [InlineData("Free oil change?", null)]
    [InlineData("NETWORK MSG: delivery failed", AutomatedTextKind.CarrierNotice)]
    [InlineData("Out of office: back Monday", AutomatedTextKind.AutoResponder)]
    public void OnlyTextsNoPersonTypedAreAutomated(string text, AutomatedTextKind? expected) =>
        Assert.Equal(expected, AutomatedText.Recognise(text));

    public void Dispose() => _app.Dispose();
}
