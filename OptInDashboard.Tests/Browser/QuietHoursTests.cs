using Microsoft.EntityFrameworkCore;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class QuietHoursTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task AMarketingTextSentDuringTheCustomersNightShowsAsScheduledWithWhenAndWhy()
    {
        var customer = new ThreadDriver(app, "+15555550111", DemoSeeder.MarketingLine);
        await customer.CustomerTexts("START");
        var zone = ZoneWhereItIsThreeAmNow();
        await using (var db = app.CreateDbContext())
            await db.Contacts.Where(c => c.PhoneNumber == "+15555550111").ExecuteUpdateAsync(set => set.SetProperty(c => c.TimeZone, zone));
        var (contactId, lineId) = await customer.Ids();

        var advisor = new AdvisorScreen(await chromium.NewPageAsync(app.BaseUrl));
        try
        {
            await advisor.OpenThreadAsync(contactId, lineId);
            await advisor.TypeAndPressEnterAsync("20% off brakes this week!");

            var held = advisor.Outbound("20% off brakes this week!");
            await Expect(held).ToContainTextAsync("Scheduled for");
            await Expect(held).ToContainTextAsync($"Quiet hours in the customer's time (the federal rule): it goes");
            await Expect(held).ToContainTextAsync($"8:00 AM their time ({zone})");
        }
        finally
        {
            await advisor.Page.Context.DisposeAsync();
        }
    }

    /// <summary>A fixed-offset zone where it is 3 AM now, hours before any quiet-hours window opens, whenever the test runs.</summary>
    private static string ZoneWhereItIsThreeAmNow()
    {
        var offset = ((3 - DateTime.UtcNow.Hour) % 24 + 24) % 24;
        if (offset > 14) offset -= 24;
        // The tz database's Etc zones count the other way: Etc/GMT-5 is five hours ahead of UTC.
        return offset == 0 ? "Etc/UTC" : $"Etc/GMT{(offset > 0 ? "-" : "+")}{Math.Abs(offset)}";
    }
}
