using System.Net;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Intent;
using OptInDashboard.Intent.Learning;
using OptInDashboard.Intent.Training;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Intent.Learning;

/// <summary>Every review decision is kept as a labelled example the model can be retrained with.</summary>
public sealed class DecidedExamplesTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;

    public DecidedExamplesTests() => _maria = new ThreadDriver(_app, "+15555550111");

    [Theory]
    [InlineData(true, MessageIntent.OptOut)]
    [InlineData(false, MessageIntent.Other)]
    public async Task AReviewDecisionLabelsTheCustomersTextWithTheManagersAnswerAndReason(bool confirmOptOut, MessageIntent label)
    {
        await _maria.CustomerTexts(ReviewBand.Text);
        var (contactId, lineId) = await _maria.Ids();
        await _app.Get<StaffConsentActions>().DecideReviewAsync(Staff.Manager, contactId, lineId, confirmOptOut, "Read the whole thread");

        await using var db = _app.CreateDbContext();
        var example = Assert.Single(await DecidedExamples.ReadAsync(db));

        Assert.Equal((label, ReviewBand.Text, "Read the whole thread", "manager@demo.local"), (example.Intent, example.Text, example.Reason, example.DecidedBy));
    }

    [Fact]
    public async Task AVoidedStaffOptOutLabelsTheCustomersLastTextBeforeItAsOrdinary()
    {
        await _maria.CustomerTexts("Can you text me when the car is ready?");
        var (contactId, lineId) = await _maria.Ids();
        var actions = _app.Get<StaffConsentActions>();
        await actions.RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "Thought she asked us to stop");
        var staffOptOut = (await _maria.Ledger()).Single(e => e.Cause == ConsentCause.StaffOnBehalf);
        await actions.VoidStaffOptOutAsync(Staff.Manager, staffOptOut.Id, "She asked for updates, not to stop");
        await _maria.CustomerTexts("thanks!");

        await using var db = _app.CreateDbContext();
        var example = Assert.Single(await DecidedExamples.ReadAsync(db));

        Assert.Equal((MessageIntent.Other, "Can you text me when the car is ready?", "She asked for updates, not to stop", "manager@demo.local"),
            (example.Intent, example.Text, example.Reason, example.DecidedBy));
    }

    [Fact]
    public async Task AVoidedStaffOptOutWithNoTextFromTheCustomerTeachesNothing()
    {
        var (contactId, lineId) = await new ThreadDriver(_app, "+15555550114").Ids();
        var actions = _app.Get<StaffConsentActions>();
        await actions.RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "Asked by phone");
        await using var db = _app.CreateDbContext();
        var staffOptOut = await db.ConsentEvents.SingleAsync(e => e.ContactId == contactId && e.Cause == ConsentCause.StaffOnBehalf);
        await actions.VoidStaffOptOutAsync(Staff.Manager, staffOptOut.Id, "Wrong customer");

        Assert.Empty(await DecidedExamples.ReadAsync(db));
    }

    [Fact]
    public async Task OnlyDecisionsAfterAModelWasTrainedWaitToBeLearnedFrom()
    {
        await _maria.CustomerTexts(ReviewBand.Text);
        var (contactId, lineId) = await _maria.Ids();
        await _app.Get<StaffConsentActions>().DecideReviewAsync(Staff.Manager, contactId, lineId, confirmOptOut: true, "Clearly wants out");

        await using var db = _app.CreateDbContext();
        Assert.Single(await DecidedExamples.ReadAsync(db, since: DateTime.UtcNow.AddHours(-1)));
        Assert.Empty(await DecidedExamples.ReadAsync(db, since: DateTime.UtcNow.AddHours(1)));
    }

    [Fact]
    public async Task TheDownloadIsTrainingDataThatTrainReads()
    {
        await _maria.CustomerTexts(ReviewBand.Text);
        var (contactId, lineId) = await _maria.Ids();
        await _app.Get<StaffConsentActions>().DecideReviewAsync(Staff.Manager, contactId, lineId, confirmOptOut: false, "Talking about sales calls");

        var response = await (await SignedIn.ClientAsync(_app, "admin@demo.local")).GetAsync(DecidedExamplesEndpoint.Path);
        var rows = IntentDataFile.Read(new StringReader(await response.Content.ReadAsStringAsync()), "download");

        Assert.Equal(new LabelledMessage(MessageIntent.Other, ReviewBand.Text, DecidedExample.Language), Assert.Single(rows));
    }

    [Theory]
    [InlineData("advisor@demo.local")]
    [InlineData("manager@demo.local")]
    public async Task OnlyAnAdminDownloadsTheDecidedExamples(string email)
    {
        var client = await SignedIn.ClientAsync(_app, email);

        var response = await client.GetAsync(DecidedExamplesEndpoint.Path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(IntentDataFile.Header, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _app.Dispose();
}
