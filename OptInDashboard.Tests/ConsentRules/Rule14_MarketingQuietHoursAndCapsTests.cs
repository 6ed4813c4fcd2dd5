using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>
/// Rule 14: a marketing text reaches its recipient only within the quiet-hours window of their local time (federal
/// 8:00-21:00; Florida, Oklahoma, Maryland, Oregon 8:00-20:00; Texas 9:00-21:00, Sunday from noon) and within 3 per 24 hours
/// where Florida, Oklahoma, Maryland or Oregon law applies. Outside them it is held, never dropped and never sent early, and
/// goes at the first allowed minute. Informational texts and consent replies are exempt.
/// </summary>
public sealed class Rule14_MarketingQuietHoursAndCapsTests : IDisposable
{
    private readonly List<TestApp> _apps = [];

    [Fact]
    public async Task AMarketingTextAfterNinePmInTheRecipientsTimeIsHeldAndGoesAtEightAm()
    {
        var (app, clock) = App(At("2026-12-09T03:30Z")); // Tue 10:30 PM in New York
        var customer = await OptedInOnMarketingAsync(app, "+12125550100");

        var held = await customer.AdvisorSends("20% off brakes this week!");
        Assert.Equal((MessageStatus.Queued, Utc("2026-12-09T13:00Z")), (held.Status, held.HeldUntil));
        Assert.Contains("Quiet hours in the customer's time (the federal rule): it goes Wed Dec 9, 8:00 AM their time (America/New_York).", held.StatusReason);

        clock.MoveTo(At("2026-12-09T12:59Z"));
        await app.DispatchNowAsync();
        Assert.Equal(MessageStatus.Queued, await StatusOfAsync(app, held.Id));

        clock.MoveTo(At("2026-12-09T13:00Z"));
        await app.DispatchNowAsync();
        Assert.NotEqual(MessageStatus.Queued, await StatusOfAsync(app, held.Id));
    }

    [Fact]
    public async Task FloridaEndsMarketingTextsAtEightPm()
    {
        var (app, _) = App(At("2026-12-09T01:30Z")); // Tue 8:30 PM in Miami: federal hours, not Florida's
        var customer = await OptedInOnMarketingAsync(app, "+13055550100");

        var held = await customer.AdvisorSends("Holiday tire sale!");

        Assert.Equal(Utc("2026-12-09T13:00Z"), held.HeldUntil);
        Assert.Contains("(the federal rule, Florida law)", held.StatusReason);
    }

    [Theory]
    [InlineData("2026-12-13T16:00Z", "2026-12-13T18:00Z")] // Sunday 10 AM in Austin: from noon on Sundays
    [InlineData("2026-12-12T14:30Z", "2026-12-12T15:00Z")] // Saturday 8:30 AM: from 9 AM on other days
    public async Task TexasStartsMarketingTextsAtNineAndAtNoonOnSunday(string now, string until)
    {
        var (app, _) = App(At(now));
        var customer = await OptedInOnMarketingAsync(app, "+15125550100");

        var held = await customer.AdvisorSends("Oil change special!");

        Assert.Equal(Utc(until), held.HeldUntil);
    }

    [Fact]
    public async Task TheContactsStateGivesTheirTimeZoneOverTheNumbers()
    {
        var (app, _) = App(At("2026-12-09T14:00Z")); // 9 AM in New York, 6 AM in California
        var customer = await OptedInOnMarketingAsync(app, "+12125550100");
        await SetContactAsync(app, "+12125550100", state: "CA");

        var held = await customer.AdvisorSends("Oil change special!");

        Assert.Equal(Utc("2026-12-09T16:00Z"), held.HeldUntil);
    }

    [Fact]
    public async Task TheContactsOwnTimeZoneOverridesTheirStateAndNumber()
    {
        var (app, _) = App(At("2026-12-09T14:00Z")); // 9 AM in New York, 4 AM in Honolulu
        var customer = await OptedInOnMarketingAsync(app, "+12125550100");
        await SetContactAsync(app, "+12125550100", state: "NY", timeZone: "Pacific/Honolulu");

        var held = await customer.AdvisorSends("Oil change special!");

        Assert.Equal(Utc("2026-12-09T18:00Z"), held.HeldUntil);
    }

    [Fact]
    public async Task ANumberWithNoKnownAreaIsTimedInTheDealershipsZone()
    {
        var (app, _) = App(At("2026-12-09T03:30Z")); // 9:30 PM in Chicago, Riverside's zone
        var customer = await OptedInOnMarketingAsync(app, "+15555550111");

        var held = await customer.AdvisorSends("Oil change special!");

        Assert.Equal(Utc("2026-12-09T14:00Z"), held.HeldUntil);
    }

    [Fact]
    public async Task AFourthMarketingTextIn24HoursUnderFloridaLawWaitsUntilTheFirstIsADayOld()
    {
        var (app, _) = App(At("2026-12-09T15:00Z")); // Wed 10 AM in Miami
        var customer = await OptedInOnMarketingAsync(app, "+13055550100");
        foreach (var text in new[] { "Tire sale!", "Brake special!", "Free wash!" })
        {
            await customer.AdvisorSends(text);
            await app.DispatchNowAsync();
        }
        var firstSentAt = (await customer.Messages()).First(m => m.Text.StartsWith("Tire sale!")).SentAt!.Value;

        var fourth = await customer.AdvisorSends("Last call: tire sale!");
        await app.DispatchNowAsync();

        var held = await MessageAsync(app, fourth.Id);
        Assert.Equal((MessageStatus.Queued, firstSentAt.AddHours(24)), (held.Status, held.HeldUntil));
        Assert.StartsWith("Florida law allows 3 marketing texts in 24 hours and 3 went to this customer", held.StatusReason);
    }

    [Fact]
    public async Task InformationalTextsAreOutsideQuietHours()
    {
        var (app, _) = App(At("2026-12-09T05:00Z")); // 11 PM in Chicago
        var customer = new ThreadDriver(app, "+15555550111");
        await customer.CustomerTexts("Is my car ready?");

        var sent = await customer.AdvisorSends("Yes, pick it up tomorrow.");
        await app.DispatchNowAsync();

        Assert.Null(sent.HeldUntil);
        Assert.NotEqual(MessageStatus.Queued, await StatusOfAsync(app, sent.Id));
    }

    [Fact]
    public async Task ConsentRepliesAreOutsideQuietHours()
    {
        var (app, _) = App(At("2026-12-09T05:00Z")); // 11 PM in Chicago
        var customer = await OptedInOnMarketingAsync(app, "+15555550111");

        await app.DispatchNowAsync();

        var confirmation = (await customer.Messages()).Single(m => m.AutoReply == AutoReply.MarketingOptInConfirmation);
        Assert.Null(confirmation.HeldUntil);
        Assert.NotEqual(MessageStatus.Queued, confirmation.Status);
    }

    [Fact]
    public async Task AStopBeforeAHeldTextsHourMeansItIsNeverSent()
    {
        var (app, clock) = App(At("2026-12-09T03:30Z"));
        var customer = await OptedInOnMarketingAsync(app, "+12125550100");
        var held = await customer.AdvisorSends("20% off brakes this week!");

        await customer.CustomerTexts("STOP");
        clock.MoveTo(At("2026-12-09T13:00Z"));
        await app.DispatchNowAsync();

        Assert.Equal(MessageStatus.Blocked, await StatusOfAsync(app, held.Id));
    }

    private (TestApp App, ShiftedClock Clock) App(DateTimeOffset now)
    {
        var clock = new ShiftedClock(now);
        var app = new ConfiguredTestApp(
            new Dictionary<string, string?> { ["Consent:RevokeAllFrom"] = "9999-12-31", ["Messaging:DispatchInBackground"] = "false" },
            services => services.AddSingleton<TimeProvider>(clock));
        _apps.Add(app);
        return (app, clock);
    }

    private static async Task<ThreadDriver> OptedInOnMarketingAsync(TestApp app, string phone)
    {
        var customer = new ThreadDriver(app, phone, DemoSeeder.MarketingLine);
        await customer.CustomerTexts("START");
        return customer;
    }

    private static async Task SetContactAsync(TestApp app, string phone, string? state = null, string? timeZone = null)
    {
        await using var db = app.CreateDbContext();
        await db.Contacts.Where(c => c.PhoneNumber == phone).ExecuteUpdateAsync(set => set.SetProperty(c => c.State, state).SetProperty(c => c.TimeZone, timeZone));
    }

    private static async Task<Message> MessageAsync(TestApp app, long id)
    {
        await using var db = app.CreateDbContext();
        return await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task<MessageStatus> StatusOfAsync(TestApp app, long id) => (await MessageAsync(app, id)).Status;

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTime Utc(string utc) => At(utc).UtcDateTime;

    public void Dispose() => _apps.ForEach(app => app.Dispose());
}
