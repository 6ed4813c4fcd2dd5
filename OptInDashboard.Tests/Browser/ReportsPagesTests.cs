using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OptInDashboard.Consent;
using OptInDashboard.Demo;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReportsPagesTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    private static async Task GiveReasonAsync(IPage page, string confirm, string reason)
    {
        var dialog = page.GetByTestId("reason-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = confirm, Exact = true }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Reason is required.");
        await dialog.GetByTestId("reason-text").FillAsync(reason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = confirm, Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheSnapshotShowsCountsAChartAndEveryContactWithAStatusPerLine()
    {
        int optedOutOnService;
        await using (var db = app.CreateDbContext())
        {
            optedOutOnService = await db.ConsentRecords.CountAsync(r => r.Status == ConsentStatus.OptedOut && db.RiversideLines().Any(l => l.Id == r.LineId && l.Name == "Service"));
        }
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/snapshot", height: 900);
        var page = manager.Page;

        var service = page.Locator("[data-testid=snapshot-count][data-line=Service]");
        await Expect(service.GetByTestId("opted-out-count")).ToHaveTextAsync(optedOutOnService.ToString());
        await Expect(page.GetByTestId("snapshot-chart").Locator("svg").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("snapshot-days-table").GetByRole(AriaRole.Row)).ToHaveCountAsync(15); // a header and 14 days
        var dana = page.GetByTestId("snapshot-grid").GetByRole(AriaRole.Row).Filter(new() { HasText = "Dana Whitfield" });
        await Expect(dana).ToContainTextAsync("Opted out");
        await Expect(dana).ToContainTextAsync("Not Defined");
        await Expect(page.GetByTestId("snapshot-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"reports/snapshot\.csv\?line=\d+&line=\d+&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d"));
        await ReadmeScreenshot.SaveAsync(page.Locator("body"), "snapshot-report.png");
    }

    [Fact]
    public async Task TheLedgerShowsTheEvidenceAndAManagerVoidsAStaffOptOutWithAReason()
    {
        await using (var db = app.CreateDbContext())
        {
            var carlos = await db.RiversideContacts().SingleAsync(c => c.Name == "Carlos Rivera");
            var service = await db.RiversideLines().SingleAsync(l => l.Name == "Service");
            await app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, carlos.Id, service.Id, "Said on the phone: no texts");
        }
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/ledger");
        var page = manager.Page;

        await page.GetByTestId("ledger-contact").FillAsync("Carlos");
        await page.GetByTestId("ledger-filter").ClickAsync();
        var grid = page.GetByTestId("ledger-grid");
        await Expect(grid.GetByTestId("evidence")).ToHaveCountAsync(1);
        await Expect(grid.GetByTestId("evidence")).ToContainTextAsync("Said on the phone: no texts");
        await Expect(grid.GetByTestId("evidence")).ToContainTextAsync("advisor@demo.local");
        await Expect(page.GetByTestId("ledger-csv")).ToHaveAttributeAsync("href", "reports/ledger.csv?contact=Carlos");

        await grid.GetByTestId("void").ClickAsync();
        await GiveReasonAsync(page, "Void", "Wrong customer: it was his brother");

        await Expect(grid.GetByTestId("evidence")).ToHaveCountAsync(2);
        await Expect(grid.GetByRole(AriaRole.Row).Filter(new() { HasText = "Staff opt-out voided" })).ToContainTextAsync("Wrong customer: it was his brother");
        Assert.Equal(ConsentStatus.NotDefined, await app.ConsentStatusAsync("Carlos Rivera", "Service"));
    }

    [Fact]
    public async Task TheReviewQueueConfirmsOneAndDismissesAnotherEachWithAReason()
    {
        await PossibleOptOut.MarkAsync(app, "David Wilson", "Service", 0.71, "won't stop; stop");
        await PossibleOptOut.MarkAsync(app, "Priya Shah", "Service", 0.83, "cancel; cancel my");
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/review");
        var page = manager.Page;
        var items = page.GetByRole(AriaRole.Listitem);
        var david = items.Filter(new() { HasText = "David Wilson" });
        var priya = items.Filter(new() { HasText = "Priya Shah" });
        await Expect(david).ToContainTextAsync("The wording looks like a request to stop texts (71% sure)");
        await Expect(david).ToContainTextAsync("My car won't stop squealing");
        await Expect(david.GetByTestId("advisor-message")).ToContainTextAsync("Hi David, your car is ready.");

        await david.GetByTestId("not-opt-out").ClickAsync();
        await GiveReasonAsync(page, "Not an opt-out", "About brakes, not texts");
        await Expect(david).ToHaveCountAsync(0);

        await priya.GetByTestId("confirm-opt-out").ClickAsync();
        await GiveReasonAsync(page, "Confirm opt-out", "Cancelling everything, including texts");
        await Expect(priya).ToHaveCountAsync(0);

        Assert.Equal(ConsentStatus.NotDefined, await app.ConsentStatusAsync("David Wilson", "Service"));
        Assert.Equal(ConsentStatus.OptedOut, await app.ConsentStatusAsync("Priya Shah", "Service"));
    }

    [Fact]
    public async Task TheSnapshotsDefaultRangeChartsTodaysChanges()
    {
        await using (var db = app.CreateDbContext())
        {
            var olivia = await db.RiversideContacts().SingleAsync(c => c.Name == "Olivia Turner");
            var marketing = await db.RiversideLines().SingleAsync(l => l.Name == "Marketing");
            await app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, olivia.Id, marketing.Id, "No offers, said at the desk");
        }
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/snapshot", height: 900);
        var page = manager.Page;

        // One bar per series and day of the default fortnight, today's last; today has at least that opt-out.
        var bars = page.GetByTestId("snapshot-chart").Locator("path.mud-chart-bar");
        await Expect(bars).ToHaveCountAsync(28);
        var todaysOptOutHeight = await bars.Last.EvaluateAsync<double>("bar => bar.getBBox().height");
        Assert.True(todaysOptOutHeight > 0, "Today's opt-out bar has no height.");
        var today = page.GetByTestId("snapshot-days-table").GetByRole(AriaRole.Row).Last;
        Assert.NotEqual("0", (await today.GetByRole(AriaRole.Cell).Last.TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task AReversedSnapshotRangeGetsAMessageNotAnEmptyReport()
    {
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/snapshot", height: 900);
        var page = manager.Page;
        await Expect(page.GetByTestId("snapshot")).ToBeVisibleAsync();

        var from = page.GetByRole(AriaRole.Textbox, new() { Name = "Start date" });
        await from.FillAsync("2099-01-01");
        await from.PressAsync("Tab");
        await page.GetByTestId("snapshot-show").ClickAsync();

        await Expect(page.GetByTestId("snapshot-error")).ToContainTextAsync("The start date (2099-01-01) is after the end date");
        await Expect(page.GetByTestId("snapshot")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task VoidIsNotOfferedOnAVoidedRowAndAnErrorClearsOnTheNextAction()
    {
        long staffOptOut;
        await using (var db = app.CreateDbContext())
        {
            var robert = await db.RiversideContacts().SingleAsync(c => c.Name == "Robert King");
            var service = await db.RiversideLines().SingleAsync(l => l.Name == "Service");
            await app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, robert.Id, service.Id, "Asked at the desk");
            staffOptOut = await db.ConsentEvents.Where(e => e.ContactId == robert.Id).MaxAsync(e => e.Id);
        }
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/ledger");
        var page = manager.Page;
        var grid = page.GetByTestId("ledger-grid");
        await page.GetByTestId("ledger-contact").FillAsync("Robert");
        await page.GetByTestId("ledger-filter").ClickAsync();
        // Robert's one row alone shows the filter's load is done: the unfiltered first page shows the same Void
        // button, and a load still under way when the other manager voids would take it away before the click.
        await Expect(grid.GetByTestId("evidence")).ToHaveCountAsync(1);
        await Expect(grid.GetByTestId("void")).ToHaveCountAsync(1);

        // Another manager voids it while this page still shows the button.
        await app.Get<StaffConsentActions>().VoidStaffOptOutAsync(Staff.Manager, staffOptOut, "Recorded on the wrong customer");
        await grid.GetByTestId("void").ClickAsync();
        await GiveReasonAsync(page, "Void", "Recorded on the wrong customer");

        await Expect(page.GetByTestId("ledger-error")).ToContainTextAsync("no longer the current status");
        await Expect(grid.GetByTestId("evidence")).ToHaveCountAsync(2);
        await Expect(grid.GetByTestId("void")).ToHaveCountAsync(0);

        await page.GetByTestId("ledger-filter").ClickAsync();
        await Expect(page.GetByTestId("ledger-error")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("/reports/snapshot")]
    [InlineData("/reports/ledger")]
    [InlineData("/reports/review")]
    [InlineData("/reports/group-snapshot")]
    public async Task AReportPageHasNoCriticalOrSeriousAccessibilityViolations(string path)
    {
        await PossibleOptOut.MarkAsync(app, "Priya Shah", "Service", 0.83, "cancel; cancel my");
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, path, width: 1366, height: 768);
        await Expect(manager.Page.Locator("[data-testid=snapshot], [data-testid=group-snapshot], [data-testid=ledger-grid] tbody tr, [data-testid=review-item]").First).ToBeVisibleAsync();

        // The whole document: axe refuses a context with neither include nor exclude.
        var violations = await Accessibility.SeriousViolationsAsync(manager.Page, include: ["html"]);

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("/reports/snapshot", "snapshot-show")]
    [InlineData("/reports/ledger", "ledger-filter")]
    [InlineData("/reports/review", "confirm-opt-out")]
    [InlineData("/reports/group-snapshot", "group-snapshot-csv")]
    public async Task AReportPageFitsAPhoneWithoutSidewaysScrolling(string path, string control)
    {
        await PossibleOptOut.MarkAsync(app, "Priya Shah", "Service", 0.83, "cancel; cancel my");
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, path, width: 390, height: 844);
        var page = manager.Page;
        var button = page.GetByTestId(control).First;
        await Expect(button).ToBeVisibleAsync();

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"{path} scrolls sideways at 390px: it is {scrollWidth}px wide.");
        var right = await button.EvaluateAsync<double>("b => b.getBoundingClientRect().right");
        Assert.True(right <= 390, $"{control} ends at {right}px, off a 390px screen.");
    }

    /// <summary>A long-worded opt-out once pushed every ledger value off a phone's screen, beyond reach.</summary>
    [Fact]
    public async Task OnAPhoneEveryValueOfALongLedgerRowCanBeScrolledToAndSeen()
    {
        await using var manager = await LedgerWithALongRowAsync("+15555550188", width: 390, height: 844);
        var row = manager.Page.Locator("tr", new() { HasText = "5550188" }).First;

        foreach (var cell in await row.Locator("td").AllAsync())
        {
            await cell.ScrollIntoViewIfNeededAsync();
            var seen = await cell.EvaluateAsync<bool>(
                "c => { const r = c.getBoundingClientRect(), box = c.closest('.mud-table-container').getBoundingClientRect(); return r.left >= box.left - 1 && r.right <= box.right + 1 && r.right <= innerWidth + 1; }");
            Assert.True(seen, $"a ledger cell cannot be seen on a 390px screen: {await cell.InnerTextAsync()}");
        }
        var scrollWidth = await manager.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the ledger page scrolls sideways at 390px: it is {scrollWidth}px wide.");
    }

    /// <summary>On a laptop a manager reads a whole ledger row, Void included, without scrolling the grid sideways (found on a browser walk).</summary>
    [Fact]
    public async Task AtLaptopWidthALongLedgerRowFitsTheGridWithoutSidewaysScrolling()
    {
        await using var manager = await LedgerWithALongRowAsync("+15555550189", width: 1366, height: 768);

        var widths = await manager.Page.Locator(".mud-table-container").First.EvaluateAsync<int[]>("c => [c.scrollWidth, c.clientWidth]");
        var columns = await manager.Page.EvaluateAsync<string>("() => [...document.querySelectorAll('[data-testid=ledger-grid] thead th')].map(h => h.textContent.trim() + ' ' + Math.round(h.getBoundingClientRect().width) + 'px').join(', ')");

        Assert.True(widths[0] <= widths[1] + 1, $"the ledger grid scrolls sideways at 1366px: {widths[0]}px of content in {widths[1]}px ({columns})");
    }

    /// <summary>The ledger, as a manager opens it, after a long-worded opt-out from <paramref name="customer"/>.</summary>
    private async Task<StaffPage> LedgerWithALongRowAsync(string customer, int width, int height)
    {
        await app.Get<InboundPipeline>().AcceptAsync(new InboundSms($"long-{Guid.NewGuid():N}", customer, DemoSeeder.ServiceLine,
            "please stop texting me, thanks, I sold the truck last month and moved out of state so none of this applies anymore"));
        var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/ledger", width: width, height: height);
        await Expect(manager.Page.Locator("tr", new() { HasText = customer[^7..] }).First).ToBeVisibleAsync();
        return manager;
    }
}
