using Microsoft.AspNetCore.Hosting;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>
/// Free text (no exact keyword) goes to the intent model: sure opt-outs act like a keyword, the review
/// band pauses sending for a manager, everything else is an ordinary message. Real model, real scores.
/// </summary>
public sealed class FreeTextPolicyTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;

    public FreeTextPolicyTests() => _maria = new ThreadDriver(_app, "+15555550111");

    [Theory]
    [InlineData("please stop texting me", "en")]
    [InlineData("I sold the car, quit sending these", "en")]
    [InlineData("ya no me manden mensajes", "es")]
    public async Task AConfidentFreeTextOptOutActsExactlyAsAKeywordWould(string text, string language)
    {
        await _maria.CustomerTexts(text);
        await _app.DispatchNowAsync();

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
        var confirmation = Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
        Assert.Equal((ConsentReplies.Default(AutoReply.OptOutConfirmation, language), MessageStatus.Delivered), (confirmation.Text, confirmation.Status));
        Assert.Equal(ConsentStatus.OptedOut, (await _maria.Messages()).Single(m => m.Text == text).ConsentEffect);
    }

    [Fact]
    public async Task AModelOptOutLedgersTheModelVersionScoreAndTopFeatures()
    {
        await _maria.CustomerTexts("please stop texting me");

        var row = Assert.Single(await _maria.Ledger());
        Assert.Equal(ConsentCause.IntentModel, row.Cause);
        Assert.StartsWith("intent-v2", row.ModelVersion);
        Assert.InRange(row.ModelScore!.Value, 0.9, 1.0);
        Assert.False(string.IsNullOrWhiteSpace(row.ModelTopFeatures));
        Assert.Equal("please stop texting me", row.EvidenceText);
    }

    [Theory]
    [InlineData("I'll stop by at 3")]
    [InlineData("cancel my appointment")]
    [InlineData("my car won't stop squealing")]
    [InlineData("don't text me the price, email it")]
    public async Task OrdinaryMessagesChangeNothing(string text)
    {
        await _maria.CustomerTexts(text);

        Assert.Equal(ConsentStatus.NotDefined, await _maria.Status());
        Assert.Empty(await _maria.Ledger());
        Assert.Equal(MessageStatus.Queued, (await _maria.AdvisorSends("Your car is ready")).Status);
    }

    [Fact]
    public async Task AReviewBandMessagePausesSendingAtOnceAndTellsTheCustomerNothingYet()
    {
        await _maria.CustomerTexts(ReviewBand.Text);

        Assert.Equal(ConsentStatus.PossibleOptOut, await _maria.Status());
        var flagged = Assert.Single(await _maria.Ledger());
        Assert.InRange(flagged.ModelScore!.Value, 0.5, 0.9);
        var attempt = await _maria.AdvisorSends("We have a great deal for you");
        Assert.Equal(MessageStatus.Blocked, attempt.Status);
        Assert.StartsWith("Paused for review", attempt.StatusReason);
        Assert.DoesNotContain(await _maria.Messages(), m => m.AutoReply is not null);
    }

    [Fact]
    public async Task AManagerWhoSaysNotAnOptOutRestoresThePreviousStatusWithAReason()
    {
        await _maria.CustomerTexts("START");
        await _maria.CustomerTexts(ReviewBand.Text);
        var (contactId, lineId) = await _maria.Ids();

        await _app.Get<StaffConsentActions>().DecideReviewAsync(Staff.Manager, contactId, lineId, confirmOptOut: false, "Complaint about sales calls, not about texts");

        Assert.Equal(ConsentStatus.OptedIn, await _maria.Status());
        var decision = (await _maria.Ledger())[^1];
        Assert.Equal((ConsentCause.ReviewDecision, "manager@demo.local"), (decision.Cause, decision.Actor));
        Assert.Equal(MessageStatus.Queued, (await _maria.AdvisorSends("Your car is ready")).Status);
    }

    [Fact]
    public async Task AManagerWhoConfirmsTheOptOutOptsTheCustomerOut()
    {
        await _maria.CustomerTexts(ReviewBand.Text);
        var (contactId, lineId) = await _maria.Ids();

        await _app.Get<StaffConsentActions>().DecideReviewAsync(Staff.Manager, contactId, lineId, confirmOptOut: true, "They want no more texts");

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
        Assert.NotNull((await _maria.Ledger())[^1].RelatedEventId);
    }

    [Fact]
    public async Task OnlyAManagerDecidesAReview()
    {
        await _maria.CustomerTexts(ReviewBand.Text);
        var (contactId, lineId) = await _maria.Ids();

        await Assert.ThrowsAsync<ConsentRuleViolation>(() =>
            _app.Get<StaffConsentActions>().DecideReviewAsync(Staff.Advisor, contactId, lineId, confirmOptOut: false, "looks fine"));
        Assert.Equal(ConsentStatus.PossibleOptOut, await _maria.Status());
    }

    [Fact]
    public async Task AFreeTextOptInActsOnlyForAContactWhoIsOptedOut()
    {
        await _maria.CustomerTexts("you can text me again");
        Assert.Equal(ConsentStatus.NotDefined, await _maria.Status());

        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts("you can text me again");

        Assert.Equal(ConsentStatus.OptedIn, await _maria.Status());
        Assert.Equal(ConsentCause.IntentModel, (await _maria.Ledger())[^1].Cause);
        Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.OptInConfirmation);
    }

    [Fact]
    public async Task ThresholdsComeFromConfiguration()
    {
        // Under the default thresholds this text only pauses sending for review; a dealership that sets a lower
        // opt-out threshold has it act at once.
        using var loose = _app.WithWebHostBuilder(b => b
            .UseSetting("Intent:OptOutThreshold", "0.5")
            .UseSetting("Intent:ReviewThreshold", "0.4"));
        var pipeline = loose.Services.GetService(typeof(OptInDashboard.Messaging.InboundPipeline)) as OptInDashboard.Messaging.InboundPipeline;

        await pipeline!.AcceptAsync(new OptInDashboard.Messaging.InboundSms("loose-1", "+15555550111", OptInDashboard.Demo.DemoSeeder.ServiceLine, ReviewBand.Text));

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
    }

    [Theory]
    [InlineData("wrong number, I'm not Maria")]
    [InlineData("you have the wrong person, this isn't Maria's phone anymore")]
    public async Task AWrongNumberStopsTextsToTheNumberOnEveryLineAndTagsTheContact(string text)
    {
        await _maria.CustomerTexts(text);

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
        Assert.Equal(ConsentStatus.OptedOut, await new ThreadDriver(_app, "+15555550111", OptInDashboard.Demo.DemoSeeder.MarketingLine).Status());
        var (contactId, _) = await _maria.Ids();
        await using var db = _app.CreateDbContext();
        Assert.Contains(ConsentService.WrongNumberTag, db.ContactTags.Where(t => t.ContactId == contactId).Select(t => t.Name));
    }

    [Theory]
    [InlineData("làm ơn đừng nhắn tin cho tôi nữa", "vi")]
    [InlineData("请不要再给我发短信了", "zh-Hans")]
    [InlineData("이제 문자 그만 보내 주세요", "ko")]
    [InlineData("por favor ya no me manden mensajes", "es")]
    [InlineData("please stop texting me", "en")]
    public async Task AFreeTextOptOutIsConfirmedInTheLanguageTheCustomerWroteIn(string text, string language)
    {
        await _maria.CustomerTexts(text);

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
        var confirmation = Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
        Assert.Equal(ConsentReplies.Default(AutoReply.OptOutConfirmation, language), confirmation.Text);
    }

    public void Dispose() => _app.Dispose();
}
