using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>
/// Rule 12: the FCC's revoke-all rule, 47 CFR 64.1200(a)(10), waived until 2027-01-31 (DA 26-12). From the configured
/// date, an opt-out on any line of a dealership applies to every line of it; before it, the dealership's scope setting.
/// Each test runs the app with its clock just before or at the date.
/// </summary>
public sealed class Rule12_RevokeAllTests : IDisposable
{
    private static readonly DateTimeOffset RevokeAllDay = new(2027, 1, 31, 0, 0, 0, TimeSpan.Zero);
    private readonly List<TestApp> _apps = [];

    [Fact]
    public void TheRevokeAllDateIsJanuary31st2027UnlessConfigured() =>
        Assert.Equal(new DateOnly(2027, 1, 31), new ConsentOptions().RevokeAllFrom);

    [Fact]
    public async Task BeforeTheRevokeAllDateAStopOnOneLineLeavesTheOtherLinesReachable()
    {
        var (service, marketing) = Threads(App(RevokeAllDay.AddMinutes(-1)));

        await marketing.CustomerTexts("STOP");

        Assert.Equal(ConsentStatus.OptedOut, await marketing.Status());
        Assert.Equal(ConsentStatus.NotDefined, await service.Status());
    }

    [Fact]
    public async Task FromTheRevokeAllDateAStopOnAnyLineStopsEveryLineOfTheDealership()
    {
        var app = App(RevokeAllDay);
        var (service, marketing) = Threads(app);

        await marketing.CustomerTexts("STOP");

        Assert.Equal(ConsentStatus.OptedOut, await service.Status());
        Assert.StartsWith("Opted out on Service", (await service.AdvisorSends("Your car is ready")).StatusReason);
        Assert.Single(await marketing.Messages(), m => m.AutoReply == AutoReply.OptOutConfirmation);
        Assert.DoesNotContain(await service.Messages(), m => m.AutoReply is not null);
    }

    [Fact]
    public async Task FromTheRevokeAllDateAFreeTextOptOutStopsEveryLine()
    {
        var (service, marketing) = Threads(App(RevokeAllDay));

        await marketing.CustomerTexts("Please stop texting me, I don't want these messages anymore");

        Assert.Equal(ConsentStatus.OptedOut, await marketing.Status());
        Assert.Equal(ConsentStatus.OptedOut, await service.Status());
    }

    [Fact]
    public async Task FromTheRevokeAllDateAnOptOutStaffRecordForTheCustomerStopsEveryLine()
    {
        var app = App(RevokeAllDay);
        var (service, marketing) = Threads(app);
        await service.CustomerTexts("Is my car ready?");
        var (contactId, lineId) = await service.Ids();

        await app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, contactId, lineId, "Customer called: no more texts");

        Assert.Equal(ConsentStatus.OptedOut, await marketing.Status());
    }

    [Fact]
    public async Task FromTheRevokeAllDateAConfirmedPossibleOptOutStopsEveryLine()
    {
        var app = App(RevokeAllDay);
        var (service, marketing) = Threads(app);
        await service.CustomerTexts("Is my car ready?");
        var (contactId, lineId) = await service.Ids();
        await PossibleOptOut.MarkAsync(app, "Maria Gonzalez", "Service", 0.7, "enough");

        await app.Get<StaffConsentActions>().DecideReviewAsync(Staff.Manager, contactId, lineId, confirmOptOut: true, "Customer meant stop");

        Assert.Equal(ConsentStatus.OptedOut, await service.Status());
        var spread = Assert.Single(await marketing.Ledger(), e => e.LineId != lineId);
        Assert.Equal((ConsentStatus.OptedOut, ConsentCause.ReviewDecision, "manager@demo.local"), (spread.NewStatus, spread.Cause, spread.Actor));
    }

    [Fact]
    public async Task FromTheRevokeAllDateACarrierOptOutStopsEveryLine()
    {
        var app = App(RevokeAllDay);
        var (service, marketing) = Threads(app);
        await service.CustomerTexts("Is my car ready?");
        var (contactId, lineId) = await service.Ids();

        await using (var db = app.CreateDbContext())
        {
            await CarrierOptOut.RecordAsync(db, contactId, lineId, ConsentEvidence.FromCarrier("1430: number opted out"),
                new ConsentOptions { RevokeAllFrom = DateOnly.FromDateTime(RevokeAllDay.UtcDateTime) }, RevokeAllDay.UtcDateTime);
            await db.SaveChangesAsync();
        }

        Assert.Equal(ConsentStatus.OptedOut, await marketing.Status());
    }

    [Fact]
    public async Task TheRevokeAllDateComesFromConfiguration()
    {
        var (service, marketing) = Threads(App(RevokeAllDay.AddDays(1), revokeAllFrom: "2027-04-30"));

        await marketing.CustomerTexts("STOP");

        Assert.Equal(ConsentStatus.NotDefined, await service.Status());
    }

    [Fact]
    public async Task RevokeAllDoesNotWidenAnOptIn()
    {
        var (service, marketing) = Threads(App(RevokeAllDay));
        await service.CustomerTexts("STOP");

        await marketing.CustomerTexts("START");

        Assert.Equal(ConsentStatus.OptedIn, await marketing.Status());
        Assert.Equal(ConsentStatus.OptedOut, await service.Status());
    }

    private TestApp App(DateTimeOffset now, string revokeAllFrom = "2027-01-31")
    {
        var app = new ConfiguredTestApp(
            new Dictionary<string, string?> { ["Consent:RevokeAllFrom"] = revokeAllFrom, ["Messaging:DispatchInBackground"] = "false" },
            services => services.AddSingleton<TimeProvider>(new ShiftedClock(now)));
        _apps.Add(app);
        return app;
    }

    private static (ThreadDriver Service, ThreadDriver Marketing) Threads(TestApp app) =>
        (new ThreadDriver(app, "+15555550111"), new ThreadDriver(app, "+15555550111", DemoSeeder.MarketingLine));

    public void Dispose() => _apps.ForEach(app => app.Dispose());
}
