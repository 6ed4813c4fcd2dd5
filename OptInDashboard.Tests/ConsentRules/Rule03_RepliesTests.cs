using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Rule 3: replies — exact defaults, editable per language, one confirmation per change, really dispatched.</summary>
public sealed class Rule03_RepliesTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;

    public Rule03_RepliesTests() => _maria = new ThreadDriver(_app, "+15555550111");

    [Fact]
    public async Task TheOptOutConfirmationIsReallyDispatchedThroughTheGate()
    {
        await _maria.CustomerTexts("STOP");
        await _app.DispatchNowAsync();

        var confirmation = Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
        Assert.Equal(MessageStatus.Delivered, confirmation.Status);
        Assert.Equal(ConsentReplies.OptedOut, confirmation.Text);
    }

    [Fact]
    public async Task ConfirmationsAreTheOnlyTextsTheGateLetsThroughToAnOptedOutContact()
    {
        await _maria.CustomerTexts("STOP");
        var (contactId, lineId) = await _maria.Ids();
        await using var db = _app.CreateDbContext();

        Assert.True((await SendGate.DecideAsync(db, contactId, lineId, AutoReply.OptOutConfirmation, DateTime.UtcNow)).Allowed);
        Assert.True((await SendGate.DecideAsync(db, contactId, lineId, AutoReply.StillOptedOut, DateTime.UtcNow)).Allowed);
        Assert.False((await SendGate.DecideAsync(db, contactId, lineId, autoReply: null, DateTime.UtcNow)).Allowed);
        Assert.False((await SendGate.DecideAsync(db, contactId, lineId, AutoReply.GroupWelcome, DateTime.UtcNow)).Allowed);
    }

    [Fact]
    public async Task OneConfirmationPerConsentChange_ARepeatedStopGetsNoSecond()
    {
        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts("stop!");
        await _app.DispatchNowAsync();

        var messages = await _maria.Messages();
        Assert.Single(messages, m => m.AutoReply == AutoReply.OptOutConfirmation);
        Assert.Single(await _maria.Ledger());
    }

    [Fact]
    public async Task ConfirmationsCarryNoFooterAndNoMarketing()
    {
        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts("REJOIN");
        await _app.DispatchNowAsync();

        Assert.All((await _maria.Messages()).Where(m => m.AutoReply is not null), m => Assert.DoesNotContain("Text STOP to opt-out", m.Text));
    }

    [Fact]
    public async Task HelpRepliesWithTheLineNameHowToOptOutAndRates()
    {
        await _maria.CustomerTexts("HELP");
        var help = Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.Help);
        Assert.Equal("Service: reply STOP to opt out of texts from this number. Msg&Data rates may apply.", help.Text);
    }

    [Fact]
    public async Task SpanishKeywordsAreAnsweredInSpanish()
    {
        await _maria.CustomerTexts("ALTO");
        var confirmation = Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
        Assert.StartsWith("Este mensaje", confirmation.Text);
    }

    [Fact]
    public async Task AnAccountsEditedTemplateReplacesTheDefault()
    {
        await using (var db = _app.CreateDbContext())
        {
            var accountId = Staff.Riverside;
            db.ReplyTemplates.Add(new ReplyTemplate { AccountId = accountId, Kind = AutoReply.OptInConfirmation, Text = "Welcome back to {line} texts." });
            await db.SaveChangesAsync();
        }
        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts("START");

        Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.OptInConfirmation && m.Text == "Welcome back to Service texts.");
    }

    [Fact]
    public async Task ALineWhoseCarrierConfirmsStopGetsNoSecondConfirmationFromUs()
    {
        await using (var db = _app.CreateDbContext())
        {
            await db.RiversideLines().Where(l => l.Name == "Service").ExecuteUpdateAsync(set => set.SetProperty(l => l.CarrierConfirmsStop, true));
        }
        await _maria.CustomerTexts("STOP");

        Assert.Equal(ConsentStatus.OptedOut, await _maria.Status());
        Assert.DoesNotContain(await _maria.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);

        // A keyword the carrier does not handle still gets ours.
        var carlos = new ThreadDriver(_app, "+15555550117");
        await carlos.CustomerTexts("REVOKE");
        Assert.Single(await carlos.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
    }

    public void Dispose() => _app.Dispose();
}
