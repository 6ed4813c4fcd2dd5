using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Rule 8: one gate for every outbound text, deciding from the stored consent at that moment.</summary>
public sealed class Rule08_SendGateTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;

    public Rule08_SendGateTests() => _maria = new ThreadDriver(_app, "+15555550111");

    [Fact]
    public async Task TheGateRefusesAnOptedOutContactWithTheLineAndTheDate()
    {
        await _maria.CustomerTexts("STOP");
        var refused = await _maria.AdvisorSends("Hello");
        Assert.Matches(@"^Opted out on Service since \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.$", refused.StatusReason);
    }

    [Fact]
    public async Task TheGateRefusesAContactPausedForReview()
    {
        var (contactId, lineId) = await _maria.Ids();
        await using (var db = _app.CreateDbContext())
        {
            var inbound = await db.Messages.FirstAsync(m => m.ContactId == contactId && m.Direction == MessageDirection.Inbound);
            var record = new ConsentRecord(contactId, lineId);
            db.ConsentRecords.Add(record);
            db.ConsentEvents.Add(record.MarkPossibleOptOut(new ConsentEvidence(ConsentCause.IntentModel, ConsentEvidence.CustomerActor)
                { InboundMessageId = inbound.Id, Text = inbound.Text, ModelVersion = "test", ModelScore = 0.7 }, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var refused = await _maria.AdvisorSends("Hello");

        Assert.Equal(MessageStatus.Blocked, refused.Status);
        Assert.StartsWith("Paused for review", refused.StatusReason);
    }

    [Fact]
    public async Task AStopThatLandsBetweenComposeAndDispatchWins()
    {
        var queued = await _maria.AdvisorSends("Your car is ready");
        Assert.Equal(MessageStatus.Queued, queued.Status);

        await _maria.CustomerTexts("STOP");
        await _app.DispatchNowAsync();

        var after = (await _maria.Messages()).Single(m => m.Id == queued.Id);
        Assert.Equal(MessageStatus.Blocked, after.Status);
        Assert.StartsWith("Opted out on Service", after.StatusReason);
        Assert.Null(after.ProviderMessageId);
    }

    [Fact]
    public async Task RefusedAdvisorSendsAreStoredAsBlockedInTheThread()
    {
        await _maria.CustomerTexts("STOP");
        var refused = await _maria.AdvisorSends("Hello");
        var stored = (await _maria.Messages()).Single(m => m.Id == refused.Id);
        Assert.Equal((MessageStatus.Blocked, MessageSender.Staff, "advisor@demo.local"), (stored.Status, stored.Sender, stored.SentBy!));
    }

    [Fact]
    public async Task EveryAdvisorTextEndsWithTheFooterOnce()
    {
        var sent = await _maria.AdvisorSends("See you at 3.\nText STOP to opt-out");
        Assert.Equal("See you at 3.\nText STOP to opt-out", sent.Text);
    }

    [Fact]
    public async Task AnEmptyAdvisorTextIsRefusedWithAClearError()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _maria.AdvisorSends("   "));
        Assert.Contains("Type a message", error.Message);
    }

    public void Dispose() => _app.Dispose();
}
