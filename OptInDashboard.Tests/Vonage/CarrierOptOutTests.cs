using System.Net;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>
/// A status webhook that says the text was rejected because the number is opted out with the carrier or
/// Vonage: an opt-out we never saw as a message, ledgered with cause Carrier; the text is never retried.
/// </summary>
public sealed class CarrierOptOutTests(CarrierOptOutTests.App app) : IClassFixture<CarrierOptOutTests.App>
{
    public sealed class App() : ConfiguredTestApp(new Dictionary<string, string?> { ["Vonage:SignatureSecret"] = SignedWebhook.Secret });

    private const string Status = "/webhooks/vonage/status";

    /// <summary>Vonage's Messages API error 1240 as a status webhook carries it: the code as the title.</summary>
    private static readonly object IllegalNumber = new
    {
        type = "https://developer.vonage.com/api-errors/messages#1240",
        title = 1240,
        detail = "Illegal Number - You tried to send a message to a blacklisted phone number. That is, the user has already sent a STOP opt-out message and no longer wishes to receive messages from you.",
        instance = "bf0ca0bf927b3b52e3cb03217e1a1ddf",
    };

    private static string NewCustomer() => $"+1555{Random.Shared.Next(2_000_000, 9_999_999)}";

    private async Task<HttpStatusCode> PostAsync(string json)
    {
        using var response = await app.CreateClient().SendAsync(SignedWebhook.Signed(Status, json));
        return response.StatusCode;
    }

    /// <summary>A new customer who texted in once (so the contact exists), and an advisor text Vonage accepted.</summary>
    private async Task<(ThreadDriver Thread, Message Sent)> SentToNewCustomerAsync()
    {
        var thread = new ThreadDriver(app, NewCustomer());
        await thread.CustomerTexts("Is the car ready?");
        var (contactId, lineId) = await thread.Ids();
        await using var db = app.CreateDbContext();
        var sent = new Message
        {
            ContactId = contactId, LineId = lineId, Direction = MessageDirection.Outbound, Sender = MessageSender.Staff, SentBy = "advisor@demo.local",
            Text = "Your car is ready. Text STOP to opt-out", Status = MessageStatus.Sent, ProviderMessageId = Guid.NewGuid().ToString(), CreatedAt = DateTime.UtcNow,
        };
        db.Messages.Add(sent);
        await db.SaveChangesAsync();
        return (thread, sent);
    }

    [Fact]
    public async Task ARejectionForAnOptedOutNumberOptsTheCustomerOutWithCauseCarrierAndTheErrorAsEvidence()
    {
        var (thread, sent) = await SentToNewCustomerAsync();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Status(sent.ProviderMessageId!, "rejected", sent.Id, IllegalNumber)));

        Assert.Equal(ConsentStatus.OptedOut, await thread.Status());
        var change = Assert.Single(await thread.Ledger());
        Assert.Equal(ConsentCause.Carrier, change.Cause);
        Assert.Equal(ConsentStatus.OptedOut, change.NewStatus);
        Assert.Equal(ConsentEvidence.CarrierActor, change.Actor);
        Assert.Equal((await thread.Ids()).LineId, change.LineId);
        Assert.Contains("1240", change.EvidenceText);
        Assert.Contains("Illegal Number", change.EvidenceText);
        Assert.Contains($"Text {sent.Id}", change.EvidenceText);

        await using var db = app.CreateDbContext();
        var message = await db.Messages.SingleAsync(m => m.Id == sent.Id);
        Assert.Equal(MessageStatus.Failed, message.Status);
        Assert.True(message.RefusedForConsent);
        Assert.Contains("opted out", message.StatusReason);
    }

    [Fact]
    public async Task ACarrierOptOutTurnsTheThreadRedAndStopsSending()
    {
        var (thread, sent) = await SentToNewCustomerAsync();

        await PostAsync(SignedWebhook.Status(sent.ProviderMessageId!, "rejected", sent.Id, IllegalNumber));

        var (contactId, lineId) = await thread.Ids();
        await using var db = app.CreateDbContext();
        var model = (await OptInDashboard.Components.Pages.Threads.ThreadModel.LoadAsync(db, contactId, lineId))!;
        Assert.Equal(ConsentStatus.OptedOut, model.Status);
        Assert.True(model.SendingRefused);
        Assert.Equal(MessageStatus.Blocked, (await thread.AdvisorSends("Are you still there?")).Status);
    }

    [Fact]
    public async Task RetryNeverRequeuesATextTheCarrierRefusedAsOptedOut()
    {
        var (thread, sent) = await SentToNewCustomerAsync();
        await PostAsync(SignedWebhook.Status(sent.ProviderMessageId!, "rejected", sent.Id, IllegalNumber));
        await thread.CustomerTexts("START"); // even after the customer opts back in

        var refused = await Assert.ThrowsAsync<ConsentRuleViolation>(() => app.Get<AdvisorSender>().RetryAsync(sent.Id, Staff.Advisor));

        Assert.Contains("opted out", refused.Message);
        await using var db = app.CreateDbContext();
        Assert.Equal(MessageStatus.Failed, (await db.Messages.SingleAsync(m => m.Id == sent.Id)).Status);
    }

    [Fact]
    public async Task RetryNeverRequeuesATextBlockedForConsent()
    {
        var thread = new ThreadDriver(app, NewCustomer());
        await thread.CustomerTexts("STOP");
        var blocked = await thread.AdvisorSends("One more thing about your car.");
        Assert.Equal(MessageStatus.Blocked, blocked.Status);

        var refused = await Assert.ThrowsAsync<ConsentRuleViolation>(() => app.Get<AdvisorSender>().RetryAsync(blocked.Id, Staff.Advisor));

        Assert.Contains("blocked for consent", refused.Message);
    }

    [Fact]
    public async Task AReplayedCarrierRejectionAddsNoSecondLedgerRow()
    {
        var (thread, sent) = await SentToNewCustomerAsync();
        var json = SignedWebhook.Status(sent.ProviderMessageId!, "rejected", sent.Id, IllegalNumber);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(json));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(json));

        Assert.Single(await thread.Ledger());
    }

    [Fact]
    public async Task ARejectionForAnotherReasonChangesNoConsent()
    {
        var (thread, sent) = await SentToNewCustomerAsync();
        var unreachable = new { type = "https://developer.vonage.com/api-errors/messages#1260", title = 1260, detail = "Destination unreachable" };

        Assert.Equal(HttpStatusCode.OK, await PostAsync(SignedWebhook.Status(sent.ProviderMessageId!, "rejected", sent.Id, unreachable)));

        Assert.Empty(await thread.Ledger());
        await using var db = app.CreateDbContext();
        var message = await db.Messages.SingleAsync(m => m.Id == sent.Id);
        Assert.Equal(MessageStatus.Failed, message.Status);
        Assert.True(message.IsRetryable);
    }

    [Fact]
    public async Task TheLedgerCsvShowsCauseCarrierWithTheProvidersError()
    {
        var (_, sent) = await SentToNewCustomerAsync();
        await PostAsync(SignedWebhook.Status(sent.ProviderMessageId!, "rejected", sent.Id, IllegalNumber));

        await using var db = app.CreateDbContext();
        var phone = await db.Contacts.Where(c => c.Id == sent.ContactId).Select(c => c.PhoneNumber).SingleAsync();
        var csv = new StringWriter();
        await LedgerCsv.WriteAsync(db, DealershipTime.For(await db.RiversideAsync()), csv, new LedgerFilter { Cause = ConsentCause.Carrier, Contact = phone });

        var row = Assert.Single(csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Assert.Contains(",Carrier,carrier,", row);
        Assert.Contains("Vonage error 1240", row);
    }
}
