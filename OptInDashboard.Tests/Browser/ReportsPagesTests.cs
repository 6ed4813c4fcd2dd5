using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OptInDashboard.Consent;
using OptInDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReportsPagesTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    private async Task<ConsentStatus> StatusAsync(string contactName, string lineName)
    {
        await using var db = app.CreateDbContext();
        return await (from r in db.ConsentRecords
                      join c in db.Contacts on r.ContactId equals c.Id
                      join l in db.Lines on r.LineId equals l.Id
                      where c.Name == contactName && l.Name == lineName
                      select (ConsentStatus?)r.Status).SingleOrDefaultAsync() ?? ConsentStatus.NotDefined;
    }

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
            optedOutOnService = await db.ConsentRecords.CountAsync(r => r.Status == ConsentStatus.OptedOut && db.Lines.Any(l => l.Id == r.LineId && l.Name == "Service"));
        }
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/snapshot", height: 900);
        var page = manager.Page;

        var service = page.Locator("[data-testid=snapshot-count][data-line=Service]");
        await Expect(service.GetByTestId("opted-out-count")).ToHaveTextAsync(optedOutOnService.ToString());
        await Expect(page.Locator(".chart svg").First).ToBeVisibleAsync();
        var dana = page.GetByTestId("snapshot-grid").GetByRole(AriaRole.Row).Filter(new() { HasText = "Dana Whitfield" });
        await Expect(dana).ToContainTextAsync("Opted out");
        await Expect(dana).ToContainTextAsync("Not Defined");
        await Expect(page.GetByTestId("snapshot-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"reports/snapshot\.csv\?line=\d+&line=\d+&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d"));
        await ReadmeScreenshot.SaveAsync(page.Locator("main"), "snapshot-report.png");
    }

    [Fact]
    public async Task TheLedgerShowsTheEvidenceAndAManagerVoidsAStaffOptOutWithAReason()
    {
        await using (var db = app.CreateDbContext())
        {
            var carlos = await db.Contacts.SingleAsync(c => c.Name == "Carlos Rivera");
            var service = await db.Lines.SingleAsync(l => l.Name == "Service");
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
        await Expect(grid.GetByRole(AriaRole.Row).Filter(new() { HasText = "Void" }).First).ToContainTextAsync("Wrong customer: it was his brother");
        Assert.Equal(ConsentStatus.NotDefined, await StatusAsync("Carlos Rivera", "Service"));
    }

    [Fact]
    public async Task TheReviewQueueConfirmsOneAndDismissesAnotherEachWithAReason()
    {
        await PossibleOptOut.MarkAsync(app, "David Wilson", "Service", 0.71, "won't stop; stop");
        await PossibleOptOut.MarkAsync(app, "Priya Shah", "Service", 0.83, "cancel; cancel my");
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/review");
        var page = manager.Page;
        var rows = page.GetByTestId("review-grid").GetByRole(AriaRole.Row);
        var david = rows.Filter(new() { HasText = "David Wilson" });
        var priya = rows.Filter(new() { HasText = "Priya Shah" });
        await Expect(david).ToContainTextAsync("score 0.71; top features won't stop; stop");
        await Expect(david).ToContainTextAsync("My car won't stop squealing");

        await david.GetByTestId("not-opt-out").ClickAsync();
        await GiveReasonAsync(page, "Not an opt-out", "About brakes, not texts");
        await Expect(david).ToHaveCountAsync(0);

        await priya.GetByTestId("confirm-opt-out").ClickAsync();
        await GiveReasonAsync(page, "Confirm opt-out", "Cancelling everything, including texts");
        await Expect(priya).ToHaveCountAsync(0);

        Assert.Equal(ConsentStatus.NotDefined, await StatusAsync("David Wilson", "Service"));
        Assert.Equal(ConsentStatus.OptedOut, await StatusAsync("Priya Shah", "Service"));
    }

    [Fact]
    public async Task TheSnapshotsDefaultRangeChartsTodaysChanges()
    {
        await using (var db = app.CreateDbContext())
        {
            var olivia = await db.Contacts.SingleAsync(c => c.Name == "Olivia Turner");
            var marketing = await db.Lines.SingleAsync(l => l.Name == "Marketing");
            await app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, olivia.Id, marketing.Id, "No offers, said at the desk");
        }
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/snapshot", height: 900);
        var page = manager.Page;

        // One column per day of the default fortnight, today's last; today has at least that opt-out.
        var optOutColumns = page.Locator(".chart .rz-column-series.rz-series-1 path");
        await Expect(optOutColumns).ToHaveCountAsync(14);
        var todaysHeight = await optOutColumns.Last.EvaluateAsync<double>("column => column.getBBox().height");
        Assert.True(todaysHeight > 0, "Today's opt-out column has no height.");
    }

    [Fact]
    public async Task AReversedSnapshotRangeGetsAMessageNotAnEmptyReport()
    {
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/snapshot", height: 900);
        var page = manager.Page;
        await Expect(page.GetByTestId("snapshot")).ToBeVisibleAsync();

        var from = page.GetByLabel("From date").Locator("input").First;
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
            var robert = await db.Contacts.SingleAsync(c => c.Name == "Robert King");
            var service = await db.Lines.SingleAsync(l => l.Name == "Service");
            await app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, robert.Id, service.Id, "Asked at the desk");
            staffOptOut = await db.ConsentEvents.Where(e => e.ContactId == robert.Id).MaxAsync(e => e.Id);
        }
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/ledger");
        var page = manager.Page;
        var grid = page.GetByTestId("ledger-grid");
        await page.GetByTestId("ledger-contact").FillAsync("Robert");
        await page.GetByTestId("ledger-filter").ClickAsync();
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
}
