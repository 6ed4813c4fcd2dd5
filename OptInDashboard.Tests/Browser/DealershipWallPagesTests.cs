using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// Every page as Lakeside Motors' admin (Advisor, Manager and Admin there) sees it, after Riverside Motors has a
/// possible opt-out under review, a failed send, a group and a keyword of its own: nothing of Riverside shows, even
/// with Riverside's ids in the address, and a Riverside text arriving while the page is open does not appear.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DealershipWallPagesTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    private const string LakesideAdmin = "admin@lakeside.demo.local";

    /// <summary>What only Riverside has: its customers (Carlos Rivera is a customer of both), its lines, its staff and what it set up.</summary>
    private static readonly string[] RiversideOnly =
    [
        "Maria Gonzalez", "James Carter", "Priya Shah", "Dana Whitfield", "David Wilson", "Olivia Turner",
        "+15555550111", "+15555550116", DemoSeeder.ServiceLine, DemoSeeder.MarketingLine,
        "advisor@demo.local", "manager@demo.local", "Riverside VIP", "AAARIVERSIDE", "Riverside carrier said no", "Riverside only",
    ];

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    /// <summary>The same kinds of rows at both dealerships, once per app, so each page has something of each to show (the keywords sort first in their list).</summary>
    private async Task SeedBothDealershipsAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            await using var db = app.CreateDbContext();
            if (await db.Groups.AnyAsync(g => g.Name == "Riverside VIP")) return;
            foreach (var (dealership, name, customer) in new[] { (Staff.Riverside, "Riverside", "Maria Gonzalez"), (Staff.Lakeside, "Lakeside", "Grace Kim") })
            {
                var contact = await db.Contacts.SingleAsync(c => c.AccountId == dealership && c.Name == customer);
                var service = await db.Lines.SingleAsync(l => l.AccountId == dealership && l.Name == "Service");
                db.Groups.Add(new Group { AccountId = dealership, Name = $"{name} VIP" });
                db.KeywordResponders.Add(new KeywordResponder { AccountId = dealership, Keyword = $"AAA{name.ToUpperInvariant()}", Action = KeywordAction.OptOut });
                db.Messages.Add(new Message
                {
                    ContactId = contact.Id, LineId = service.Id, Direction = MessageDirection.Outbound, Sender = MessageSender.Staff, SentBy = $"advisor@{name}",
                    Text = $"{name} only: your quote is ready", Status = MessageStatus.Failed, StatusReason = $"{name} carrier said no", CreatedAt = DateTime.UtcNow,
                });
            }
            await db.SaveChangesAsync();
            await PossibleOptOut.MarkAsync(app, "David Wilson", "Service", 0.71, "won't stop; stop");
            await PossibleOptOut.MarkAsync(app, "Tom Alvarez", "Service", 0.72, "let me think", Staff.Lakeside);
        }
        finally
        {
            Seeding.Release();
        }
    }

    private async Task<(int Maria, int RiversideService)> RiversideIdsAsync()
    {
        await using var db = app.CreateDbContext();
        return (await db.RiversideContacts().Where(c => c.Name == "Maria Gonzalez").Select(c => c.Id).SingleAsync(),
                await db.RiversideLines().Where(l => l.Name == "Service").Select(l => l.Id).SingleAsync());
    }

    private static async Task AssertNothingOfRiversideAsync(IPage page)
    {
        var shown = await page.Locator("body").InnerTextAsync();
        foreach (var riverside in RiversideOnly)
            Assert.False(shown.Contains(riverside, StringComparison.OrdinalIgnoreCase), $"{page.Url} shows \"{riverside}\" to Lakeside's admin:\n{shown}");
    }

    [Theory]
    [InlineData("/threads", "Grace Kim")]
    [InlineData("/contacts", "Grace Kim")]
    [InlineData("/reports/snapshot", "Nina Patel")]
    [InlineData("/reports/group-snapshot", "Lakeside Motors")]
    [InlineData("/reports/ledger", "Nina Patel")]
    [InlineData("/reports/review", "Tom Alvarez")]
    [InlineData("/admin/responders", "AAALAKESIDE")]
    [InlineData("/admin/groups", "Lakeside VIP")]
    [InlineData("/admin/failed", "Lakeside carrier said no")]
    [InlineData("/admin/settings", DemoSeeder.LakesideServiceLine)]
    [InlineData("/admin/staff", "advisor@lakeside.demo.local")]
    public async Task APageShowsStaffOfOneDealershipNothingOfTheOther(string path, string lakesideRow)
    {
        await SeedBothDealershipsAsync();
        await using var admin = await StaffPage.OpenAsync(app, chromium, LakesideAdmin, path, height: 1400);
        var page = admin.Page;

        await Expect(page.Locator("main").GetByText(lakesideRow).First).ToBeVisibleAsync();

        await AssertNothingOfRiversideAsync(page);
    }

    [Fact]
    public async Task AnotherDealershipsThreadOpenedByItsIdShowsNothingAndIsNotMarkedRead()
    {
        await SeedBothDealershipsAsync();
        var (maria, riversideService) = await RiversideIdsAsync();
        await using var admin = await StaffPage.OpenAsync(app, chromium, LakesideAdmin, $"/threads/{maria}?line={riversideService}");
        var page = admin.Page;

        await Expect(page.GetByTestId("thread-item").Filter(new() { HasText = "Grace Kim" })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("thread-frame")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("send")).ToHaveCountAsync(0);
        await AssertNothingOfRiversideAsync(page);
        await using var db = app.CreateDbContext();
        Assert.False(await db.ThreadReads.AnyAsync(r => r.ContactId == maria));
    }

    [Fact]
    public async Task TheLinePickersOfferOnlyTheDealershipsOwnLines()
    {
        await SeedBothDealershipsAsync();
        await using var admin = await StaffPage.OpenAsync(app, chromium, LakesideAdmin, "/threads");
        var page = admin.Page;

        await page.GetByTestId("thread-item").Filter(new() { HasText = "Grace Kim" }).ClickAsync();
        await Expect(page.GetByTestId("thread-frame")).ToBeVisibleAsync();
        foreach (var picker in new[] { page.Locator("main .mud-select").First, page.GetByTestId("thread-frame").Locator(".mud-select").First })
        {
            await picker.ClickAsync();
            await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveTextAsync(["Service", "Marketing"]);
            await page.Keyboard.PressAsync("Escape");
            await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task ATextToAnotherDealershipNeverReachesAnOpenPage()
    {
        await SeedBothDealershipsAsync();
        await using var admin = await StaffPage.OpenAsync(app, chromium, LakesideAdmin, "/threads");
        var page = admin.Page;
        await Expect(page.GetByTestId("thread-item").Filter(new() { HasText = "Grace Kim" })).ToHaveCountAsync(1);
        var inbound = app.Get<InboundPipeline>();

        await inbound.AcceptAsync(new InboundSms($"wall-{Guid.NewGuid():N}", "+15555550111", DemoSeeder.ServiceLine, "Riverside only: see you at 3"));
        await inbound.AcceptAsync(new InboundSms($"wall-{Guid.NewGuid():N}", "+15555550211", DemoSeeder.LakesideServiceLine, "Lakeside: see you at 4"));

        // Both texts were published, Riverside's first: once Lakeside's shows, Riverside's has had its chance.
        await Expect(page.GetByTestId("thread-item").Filter(new() { HasText = "Lakeside: see you at 4" })).ToHaveCountAsync(1);
        await AssertNothingOfRiversideAsync(page);
    }

    [Theory]
    [InlineData("/threads", "Search threads", "[data-testid=thread-item]")]
    [InlineData("/contacts", "Search contacts", "tbody tr")]
    public async Task SearchFindsOnlyTheDealershipsOwnCustomersEvenForANumberBothHave(string path, string search, string rows)
    {
        await using var admin = await StaffPage.OpenAsync(app, chromium, LakesideAdmin, path);
        var page = admin.Page;
        var found = page.Locator("main").Locator(rows);

        await page.GetByLabel(search).FillAsync("555-0117"); // Carlos Rivera, a customer of both under one number
        await page.GetByLabel(search).PressAsync("Enter");
        await Expect(found.Filter(new() { HasText = "Carlos Rivera" })).ToHaveCountAsync(1);
        await Expect(found).ToHaveCountAsync(1);

        await page.GetByLabel(search).FillAsync("Maria");
        await page.GetByLabel(search).PressAsync("Enter");
        await Expect(found.Filter(new() { HasText = "Carlos Rivera" })).ToHaveCountAsync(0);
        await AssertNothingOfRiversideAsync(page);
    }
}
