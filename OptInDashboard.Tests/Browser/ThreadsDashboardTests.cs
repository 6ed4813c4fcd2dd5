using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ThreadsDashboardTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    private async Task<(int ContactId, int ServiceId, int MarketingId)> IdsAsync(string name)
    {
        await using var db = app.CreateDbContext();
        var contactId = await db.RiversideContacts().Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
        var lines = await db.RiversideLines().ToDictionaryAsync(l => l.Name, l => l.Id);
        return (contactId, lines["Service"], lines["Marketing"]);
    }

    private async Task<StaffPage> OpenThreadAsync(string name, int width = 1280, int height = 760, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var (contactId, serviceId, _) = await IdsAsync(name);
        return await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads/{contactId}?line={serviceId}", width, height, test);
    }

    private static ILocator LineStatus(IPage page, string line) => new AdvisorScreen(page).LineStatus(line);

    private static ILocator ThreadItem(IPage page, string name) => page.GetByTestId("thread-item").Filter(new() { Has = page.Locator(".name", new() { HasText = name }) });

    private async Task<List<string>> StaffTextsToAsync(string name)
    {
        await using var db = app.CreateDbContext();
        return await db.Messages.Where(m => m.Contact!.Name == name && m.Sender == MessageSender.Staff).Select(m => m.Text).ToListAsync();
    }

    [Fact]
    public async Task ADraftStaysInItsOwnThreadAndEnterNeverSendsItToAnotherCustomer()
    {
        const string draft = "Hi Maria, your RAV4 total is $412.";
        await using var advisor = await OpenThreadAsync("Maria Gonzalez");
        var page = advisor.Page;
        var screen = new AdvisorScreen(page);
        await screen.Composer.FillAsync(draft);

        await ThreadItem(page, "James Carter").ClickAsync();
        await Expect(screen.Frame.Locator("h2")).ToHaveTextAsync("James Carter");
        await Expect(screen.Composer).ToHaveValueAsync("");
        await screen.Composer.PressAsync("Enter");

        await ThreadItem(page, "Maria Gonzalez").ClickAsync();
        await Expect(screen.Frame.Locator("h2")).ToHaveTextAsync("Maria Gonzalez");
        await Expect(screen.Composer).ToHaveValueAsync(draft);
        Assert.DoesNotContain(await StaffTextsToAsync("James Carter"), text => text.Contains(draft));
        Assert.DoesNotContain(await StaffTextsToAsync("Maria Gonzalez"), text => text.Contains(draft));
    }

    [Fact]
    public async Task ARefusedDraftStaysWithTheOptedOutCustomerAndNeverMovesToAnother()
    {
        const string draft = "Dana, your winter tires are in";
        await using var advisor = await OpenThreadAsync("Dana Whitfield"); // opted out of Service in the demo data
        var page = advisor.Page;
        var screen = new AdvisorScreen(page);
        await screen.TypeAndPressEnterAsync(draft);
        await Expect(screen.SendRefused).ToContainTextAsync("Opted out on Service");

        await ThreadItem(page, "James Carter").ClickAsync();
        await Expect(screen.Frame.Locator("h2")).ToHaveTextAsync("James Carter");
        await Expect(screen.Composer).ToHaveValueAsync("");
        await Expect(screen.SendRefused).ToHaveCountAsync(0);
        await screen.Composer.PressAsync("Enter");

        await ThreadItem(page, "Dana Whitfield").ClickAsync();
        await Expect(screen.Frame.Locator("h2")).ToHaveTextAsync("Dana Whitfield");
        await Expect(screen.Composer).ToHaveValueAsync(draft);
        Assert.DoesNotContain(await StaffTextsToAsync("James Carter"), text => text.Contains(draft));
    }

    [Fact]
    public async Task TheSelectionOutlineStaysOnTheOpenThreadWhenTheListReSorts()
    {
        var (_, serviceId, _) = await IdsAsync("Maria Gonzalez");
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads?line={serviceId}", 1280, 760);
        var page = advisor.Page;
        var items = page.GetByTestId("thread-item");
        await Expect(items.Nth(6)).ToBeVisibleAsync();
        var names = await items.Locator(".name").AllInnerTextsAsync();
        var (open, below) = (names[3], names[^1]);
        await items.Nth(3).ClickAsync();
        await Expect(new AdvisorScreen(page).Frame.Locator("h2")).ToHaveTextAsync(open);

        string phone;
        await using (var db = app.CreateDbContext()) phone = await db.RiversideContacts().Where(c => c.Name == below).Select(c => c.PhoneNumber).SingleAsync();
        await new ThreadDriver(app, phone).CustomerTexts("Is the loaner due Friday or Saturday?");
        await Expect(items.First).ToContainTextAsync(below);

        // Opening the thread put focus in its message box, and the re-sort leaves it there.
        await Expect(ThreadItem(page, open)).ToHaveCSSAsync("outline-style", "solid");
        await Expect(new AdvisorScreen(page).Composer).ToBeFocusedAsync();
        foreach (var other in names.Where(n => n != open))
            await Expect(ThreadItem(page, other)).ToHaveCSSAsync("outline-style", "none");
    }

    [Fact]
    public async Task SearchFiltersAsYouTypeAndFindsANumberInAnyFormat()
    {
        var (_, serviceId, _) = await IdsAsync("Maria Gonzalez");
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads?line={serviceId}");
        var page = advisor.Page;
        var search = page.GetByLabel("Search threads");
        var items = page.GetByTestId("thread-item");
        await Expect(items.Nth(5)).ToBeVisibleAsync();

        foreach (var typed in new[] { "(555) 555-0111", "555-0111", "5550111" })
        {
            await search.PressSequentiallyAsync(typed);
            await Expect(items).ToHaveCountAsync(1);
            await Expect(items).ToContainTextAsync("Maria Gonzalez");
            await search.ClearAsync();
            await Expect(items.Nth(5)).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task TheContactPanelShowsEveryLineAndARecordedOptOutTurnsTheThreadRed()
    {
        await using var advisor = await OpenThreadAsync("Emily Chen");
        var page = advisor.Page;
        var screen = new AdvisorScreen(page);
        await Expect(LineStatus(page, "Service")).ToContainTextAsync("Not Defined");
        await Expect(LineStatus(page, "Marketing")).ToContainTextAsync("Not Defined");
        await Expect(page.GetByTestId("thread-item").First).ToBeVisibleAsync();
        await ReadmeScreenshot.SaveAsync(page.Locator(".threads-page"), "threads-contact-panel.png");

        // Beside the thread there is no opt-out button, only the "More actions" menu; the note is required.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record opt-out on customer's behalf" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "More actions" }).ClickAsync();
        await page.GetByTestId("record-opt-out").ClickAsync();
        await page.GetByTestId("reason-confirm").ClickAsync();
        await Expect(page.GetByTestId("reason-dialog")).ToContainTextAsync("Note is required.");
        await Expect(screen.SendButton).ToBeEnabledAsync();

        await page.GetByTestId("reason-text").FillAsync("Customer asked in person: no more texts");
        await page.GetByTestId("reason-confirm").ClickAsync();

        await Expect(LineStatus(page, "Service")).ToHaveAttributeAsync("data-status", nameof(ConsentStatus.OptedOut));
        await Expect(screen.Frame).ToHaveAttributeAsync("data-frame", "opted-out");
        await Expect(screen.SendButton).ToBeDisabledAsync();
        await Expect(LineStatus(page, "Marketing")).ToContainTextAsync("Not Defined");
        var (contactId, serviceId, _) = await IdsAsync("Emily Chen");
        await using var db = app.CreateDbContext();
        var recorded = await db.ConsentEvents.SingleAsync(e => e.ContactId == contactId && e.LineId == serviceId && e.Cause == ConsentCause.StaffOnBehalf);
        Assert.Equal((ConsentStatus.OptedOut, "Customer asked in person: no more texts"), (recorded.NewStatus, recorded.Note));
        Assert.Contains(SignIn.AdvisorEmail, recorded.Actor);
    }

    [Fact]
    public async Task TheStatusFilterListsOnlyThreadsWithThatStatus()
    {
        await using var advisor = await OpenThreadAsync("Olivia Turner");
        var page = advisor.Page;
        var items = page.GetByTestId("thread-item");
        await Expect(items.Nth(5)).ToBeVisibleAsync();

        await page.GetByLabel("Status filter").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Opted out" }).ClickAsync();

        await Expect(items.Filter(new() { HasText = "Dana Whitfield" })).ToHaveCountAsync(1);
        await Expect(items.Filter(new() { HasText = "Olivia Turner" })).ToHaveCountAsync(0);
        foreach (var item in await items.AllAsync())
            await Expect(item).ToContainTextAsync("Opted out");
        await Expect(page.GetByTestId("thread-count")).ToContainTextAsync(new Regex(@"^\d+ threads$"));
    }

    [Fact]
    public async Task UnreadCountsRiseLiveAndClearWhenTheThreadIsOpened()
    {
        var (_, serviceId, _) = await IdsAsync("Linda Park");
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads?line={serviceId}");
        var page = advisor.Page;
        var linda = page.GetByTestId("thread-item").Filter(new() { HasText = "Linda Park" });
        await Expect(linda.GetByTestId("unread-count")).ToHaveTextAsync("1 unread");

        await new ThreadDriver(app, "+15555550115").CustomerTexts("Is the loaner due Friday or Saturday?");
        await Expect(linda.GetByTestId("unread-count")).ToHaveTextAsync("2 unread");

        await linda.ClickAsync();
        await Expect(new AdvisorScreen(page).Frame.Locator("h2")).ToHaveTextAsync("Linda Park");
        await Expect(linda.GetByTestId("unread-count")).ToHaveCountAsync(0);

        await page.GetByTestId("unread-filter").ClickAsync();
        await Expect(linda).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("thread-item").First.GetByTestId("unread-count")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheComposerLinePickerOpensTheSameContactOnTheOtherLine()
    {
        var (contactId, _, marketingId) = await IdsAsync("Michael Brown");
        await using var advisor = await OpenThreadAsync("Michael Brown");
        var page = advisor.Page;

        await page.GetByLabel("Send from line").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Marketing" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/threads/{contactId}\\?line={marketingId}$"));
        await Expect(new AdvisorScreen(page).Messages).ToHaveCountAsync(0);
        // A marketing line: Michael never texted START to it, so the thread says so and nothing can be sent there.
        await Expect(page.GetByTestId("consent-warning")).ToContainTextAsync("Marketing is a marketing line: Michael Brown has not given written consent");
        await Expect(new AdvisorScreen(page).SendButton).ToBeDisabledAsync();
    }

    [Fact]
    public async Task AThreadOpensAndATextGoesOutFromTheKeyboardAlone()
    {
        var (contactId, serviceId, _) = await IdsAsync("Robert King");
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, $"/threads?line={serviceId}");
        var page = advisor.Page;
        var screen = new AdvisorScreen(page);

        await page.GetByLabel("Search threads").FocusAsync();
        await page.Keyboard.TypeAsync("Robert");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("thread-item")).ToHaveCountAsync(1);
        await page.GetByTestId("thread-item").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/threads/{contactId}\\?line={serviceId}$"));

        await screen.Composer.FocusAsync();
        await page.Keyboard.TypeAsync("Ready at 4 today");
        await page.Keyboard.PressAsync("Enter");
        await Expect(screen.Outbound("Ready at 4 today")).ToHaveCountAsync(1);
        await Expect(screen.Composer).ToHaveValueAsync("");
    }

    [Fact]
    public async Task AtPhoneWidthTheListThreadAndPanelStackAndStayUsable()
    {
        await using var advisor = await OpenThreadAsync("Sarah Miller", width: 390, height: 844);
        var page = advisor.Page;
        var screen = new AdvisorScreen(page);

        await Expect(screen.Frame).ToBeVisibleAsync();
        var frame = await screen.Frame.BoundingBoxAsync();
        Assert.True(frame!.Width <= 390, $"The thread frame is {frame.Width}px wide at a 390px viewport.");
        await screen.SendButton.ScrollIntoViewIfNeededAsync();
        await Expect(screen.SendButton).ToBeVisibleAsync();
        await screen.Composer.FocusAsync();
        await page.Keyboard.TypeAsync("Your car is ready");
        await Expect(screen.Composer).ToHaveValueAsync("Your car is ready");
        await page.GetByTestId("contact-panel").ScrollIntoViewIfNeededAsync();
        await Expect(page.GetByTestId("contact-panel")).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The page scrolls sideways at 390px: it is {scrollWidth}px wide.");
    }
}
