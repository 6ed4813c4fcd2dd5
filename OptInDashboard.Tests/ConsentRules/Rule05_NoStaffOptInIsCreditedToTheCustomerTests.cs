using System.Net;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;
using OptInDashboard.Tests.Vonage;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>
/// Rule 5 from the staff side: every way a staff member could produce an opt-in, and proof that the
/// ledger never credits it to the customer. Refusing a staff status change outright is
/// <see cref="Rule05_OnlyTheCustomerOptsInTests.StaffCannotOptACustomerIn_TheAttemptIsRefusedAndLogged"/>;
/// the simulator page's own wiring is <see cref="Rule05_SimulatorPageTests"/>.
/// </summary>
public sealed class Rule05_NoStaffOptInIsCreditedToTheCustomerTests
{
    private const string Maria = "+15555550111";
    private const string Advisor = "advisor@demo.local";

    /// <summary>A valid Vonage configuration; nothing is sent, so the API address is never called.</summary>
    private static readonly Dictionary<string, string?> VonageProvider = new()
    {
        ["Messaging:Provider"] = "Vonage",
        ["Vonage:BaseUrl"] = "http://127.0.0.1:9/",
        ["Vonage:ApiKey"] = "abcd1234",
        ["Vonage:ApiSecret"] = "s3cr3t-api",
        ["Vonage:SignatureSecret"] = SignedWebhook.Secret,
    };

    [Theory]
    [InlineData("START", ConsentCause.Keyword)]
    [InlineData("you can text me again", ConsentCause.IntentModel)]
    public async Task ASimulatedOptInIsCreditedToTheStaffMemberWhoTypedItNotTheCustomer(string text, ConsentCause cause)
    {
        await using var app = new TestApp(dispatchInBackground: false);
        var maria = new ThreadDriver(app, Maria);
        await maria.CustomerTexts("STOP");

        await maria.TypedOnSimulator(text, Advisor);

        Assert.Equal(ConsentStatus.OptedIn, await maria.Status());
        var optIn = (await maria.Ledger())[^1];
        Assert.Equal((ConsentStatus.OptedIn, cause, "simulator (typed by advisor@demo.local)"), (optIn.NewStatus, optIn.Cause, optIn.Actor));
        var typed = (await maria.Messages()).Single(m => m.Id == optIn.InboundMessageId);
        Assert.Equal((MessageDirection.Inbound, Advisor), (typed.Direction, typed.SentBy));
    }

    [Fact]
    public async Task EveryLedgerRowASimulatedTextCausesNamesWhoTypedIt()
    {
        await using var app = new TestApp(dispatchInBackground: false);
        var maria = new ThreadDriver(app, Maria);
        await using (var db = app.CreateDbContext())
        {
            // Account-wide scope: one simulated STOP and one START each write a row per line.
            await db.Accounts.ExecuteUpdateAsync(a => a.SetProperty(x => x.OptOutScope, ConsentScope.Account).SetProperty(x => x.OptInScope, ConsentScope.Account));
        }

        await maria.TypedOnSimulator("STOP", Advisor);
        await maria.TypedOnSimulator("START", Advisor);

        var ledger = await maria.Ledger();
        Assert.Equal(4, ledger.Count);
        Assert.All(ledger, row => Assert.Equal("simulator (typed by advisor@demo.local)", row.Actor));
    }

    [Fact]
    public async Task ASimulatedTextMustNameWhoTypedIt()
    {
        await using var app = new TestApp(dispatchInBackground: false);
        var maria = new ThreadDriver(app, Maria);

        await Assert.ThrowsAsync<ArgumentException>(() => maria.TypedOnSimulator("START", " "));

        Assert.DoesNotContain(await maria.Messages(), m => m.Text == "START");
    }

    [Fact]
    public async Task WithARealProviderTheSimulatorPageIsNotFoundAndNotLinked()
    {
        await using var app = new ConfiguredTestApp(VonageProvider);
        var advisor = await SignedIn.ClientAsync(app, Advisor);

        using var simulator = await advisor.GetAsync("/simulator");
        var threads = await advisor.GetStringAsync("/threads");

        Assert.Equal(HttpStatusCode.NotFound, simulator.StatusCode);
        Assert.DoesNotContain("href=\"simulator\"", threads);
    }

    [Fact]
    public async Task WithTheSimulatorProviderThePageIsThereAndLinked()
    {
        await using var app = new TestApp();
        var advisor = await SignedIn.ClientAsync(app, Advisor);

        using var simulator = await advisor.GetAsync("/simulator");
        var threads = await advisor.GetStringAsync("/threads");

        Assert.Equal(HttpStatusCode.OK, simulator.StatusCode);
        Assert.Contains("href=\"simulator\"", threads);
    }

    [Fact]
    public async Task WithARealProviderTheInboundPipelineRefusesSimulatedTexts()
    {
        await using var app = new ConfiguredTestApp(VonageProvider);
        var maria = new ThreadDriver(app, Maria);
        await maria.CustomerTexts("STOP");

        await Assert.ThrowsAsync<InvalidOperationException>(() => maria.TypedOnSimulator("START", Advisor));

        Assert.Equal(ConsentStatus.OptedOut, await maria.Status());
        Assert.DoesNotContain(await maria.Messages(), m => m.Text == "START");
    }

    [Fact]
    public async Task AnUnsignedOrForgedStartWebhookCannotOptACustomerBackIn()
    {
        // Production refuses to start webhooks without a secret at all (VonageStartupTests); with one, only Vonage can post.
        await using var app = new ConfiguredTestApp(new Dictionary<string, string?> { ["Environment"] = "Production", ["Vonage:SignatureSecret"] = SignedWebhook.Secret });
        var maria = new ThreadDriver(app, Maria);
        await maria.CustomerTexts("STOP");
        var start = SignedWebhook.Inbound(Guid.NewGuid().ToString(), Maria.TrimStart('+'), DemoSeeder.ServiceLine.TrimStart('+'), "START");

        using var unsigned = await app.CreateClient().SendAsync(SignedWebhook.Post("/webhooks/vonage/inbound", start));
        using var forged = await app.CreateClient().SendAsync(SignedWebhook.Signed("/webhooks/vonage/inbound", start, secret: "a-secret-staff-might-guess-0123456789"));

        // Unsigned: "try again later" (Vonage sends unsigned only after its own error, and retries a 503); forged: refused.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(ConsentStatus.OptedOut, await maria.Status());
        Assert.Single(await maria.Ledger());
    }

    [Fact]
    public async Task VoidingAStaffOptOutBackToOptedInIsCreditedToTheManager()
    {
        await using var app = new TestApp(dispatchInBackground: false);
        var maria = new ThreadDriver(app, Maria);
        await maria.CustomerTexts("START");
        var (contactId, lineId) = await maria.Ids();
        var actions = app.Get<StaffConsentActions>();
        await actions.RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "Wrong customer on the phone");

        await actions.VoidStaffOptOutAsync(Staff.Manager, (await maria.Ledger())[^1].Id, "Entered on the wrong contact");

        Assert.Equal(ConsentStatus.OptedIn, await maria.Status());
        var restored = (await maria.Ledger())[^1];
        Assert.Equal((ConsentCause.Void, "manager@demo.local", (long?)null), (restored.Cause, restored.Actor, restored.InboundMessageId));
    }

    [Fact]
    public async Task DismissingAPossibleOptOutBackToOptedInIsCreditedToTheManager()
    {
        await using var app = new TestApp(dispatchInBackground: false);
        var maria = new ThreadDriver(app, Maria);
        await maria.CustomerTexts("START");
        await PossibleOptOut.MarkAsync(app, "Maria Gonzalez", "Service", 0.7, "stop");
        var (contactId, lineId) = await maria.Ids();

        await app.Get<StaffConsentActions>().DecideReviewAsync(Staff.Manager, contactId, lineId, confirmOptOut: false, "Not about texts");

        Assert.Equal(ConsentStatus.OptedIn, await maria.Status());
        var restored = (await maria.Ledger())[^1];
        Assert.Equal((ConsentCause.ReviewDecision, "manager@demo.local", (long?)null), (restored.Cause, restored.Actor, restored.InboundMessageId));
    }
}
