using Microsoft.EntityFrameworkCore;
using OptInDashboard.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>
/// Rule 5 through the simulator page itself: what a signed-in staff member types on the simulated phone
/// is credited to them in the thread and in the ledger, never to the customer.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Runs", "InChromium")] // a page journey: the test script leaves it out of its PostgreSQL run
public sealed class Rule05_SimulatorPageTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    private const string TypedByTheAdvisor = "simulator (typed by advisor@demo.local)";

    [Fact]
    public async Task TheSimulatorPageCreditsAStopAndAStartToTheStaffMemberWhoTypedThem()
    {
        await using var slice = await Slice.OpenAsync(app, chromium, "Emily Chen");

        await slice.Phone.TextAsync("STOP");
        await slice.Phone.TextAsync("START");

        await Expect(slice.Advisor.Frame).ToHaveAttributeAsync("data-frame", "opted-in");
        await Expect(slice.Advisor.Message("START").GetByTestId("simulated-by")).ToContainTextAsync("Typed on the simulator by advisor@demo.local");
        await using (var db = app.CreateDbContext())
        {
            var ledger = await db.ConsentEvents.Where(e => e.ContactId == slice.ContactId).OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(2, ledger.Count);
            Assert.All(ledger, row => Assert.Equal(TypedByTheAdvisor, row.Actor));
        }

        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/reports/ledger");
        await manager.Page.GetByTestId("ledger-contact").FillAsync("Emily");
        await manager.Page.GetByTestId("ledger-filter").ClickAsync();
        var evidence = manager.Page.GetByTestId("ledger-grid").GetByTestId("evidence");
        await Expect(evidence).ToHaveCountAsync(2);
        foreach (var row in await evidence.AllAsync())
            await Expect(row).ToContainTextAsync($"{TypedByTheAdvisor} texted");
    }
}
