using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

/// <summary>The frame around every staff page: app bar, navigation drawer, skip link, sign-out.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>
{
    /// <summary>The whole document around the threads list; each page's own test checks its body in its states.</summary>
    [Fact]
    public async Task TheLayoutHasNoCriticalOrSeriousAccessibilityViolations()
    {
        await using var admin = await StaffPage.OpenAsync(app, chromium, SignIn.AdminEmail, "/threads");

        var violations = await Accessibility.SeriousViolationsAsync(admin.Page);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task TheSkipLinkIsTheFirstTabStopShowsWhenFocusedAndMovesFocusToTheMainContent()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/threads");
        var page = advisor.Page;

        // Blazor's FocusOnNavigate puts focus on the page's h1 after each navigation, so the Tab order is checked from the document's start.
        var firstTabStop = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].find(e => e.tabIndex >= 0).textContent.trim()");
        Assert.Equal("Skip to main content", firstTabStop);
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).Not.ToBeInViewportAsync();
        await skip.FocusAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/threads"));
    }

    [Fact]
    public async Task AKeyboardUserSeesWhereFocusIs_AnOutlineOnLinksAndButtons()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/threads");
        var page = advisor.Page;
        var contacts = page.GetByRole(AriaRole.Link, new() { Name = "Contacts" });

        await contacts.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab"); // focus by keyboard, so :focus-visible applies

        await Expect(contacts).ToBeFocusedAsync();
        Assert.Equal("solid", await contacts.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        Assert.Equal("2px", await contacts.EvaluateAsync<string>("e => getComputedStyle(e).outlineWidth"));
    }

    [Fact]
    public async Task OnAPhoneTheMenuIsClosedUntilTheMenuButtonOpensIt()
    {
        await using var manager = await StaffPage.OpenAsync(app, chromium, SignIn.ManagerEmail, "/threads", width: 390, height: 844);
        var page = manager.Page;
        var ledger = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Ledger" });
        await Expect(ledger).Not.ToBeInViewportAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Expect(ledger).ToBeInViewportAsync();
        await ledger.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/reports/ledger$"));
        await Expect(ledger).Not.ToBeInViewportAsync();
    }

    [Fact]
    public async Task AtDesktopWidthTheMenuIsOpenBesideThePage()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/threads", width: 1366, height: 768);

        var nav = advisor.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Contacts" })).ToBeInViewportAsync();
        await Expect(advisor.Page.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToHaveAttributeAsync("aria-expanded", "true");
    }

    [Fact]
    public async Task SignOutEndsTheSessionFromTheAppBar()
    {
        await using var advisor = await StaffPage.OpenAsync(app, chromium, SignIn.AdvisorEmail, "/threads");
        var page = advisor.Page;
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync(SignIn.AdvisorEmail);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));

        await page.GotoAsync("/threads");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
    }
}
