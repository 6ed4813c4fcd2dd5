using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OptInDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OptInDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(LiveApp app, Chromium chromium) : IClassFixture<LiveApp>, IAsyncLifetime
{
    private IPage _page = default!;

    public async Task InitializeAsync() => _page = await chromium.NewPageAsync(app.BaseUrl);

    public async Task DisposeAsync() => await _page.Context.DisposeAsync();

    [Fact]
    public async Task AnonymousVisitToThreadsLandsOnTheSignInPage()
    {
        await _page.GotoAsync("/threads");

        await Expect(_page).ToHaveURLAsync(new Regex("/account/login", RegexOptions.IgnoreCase));
        await Expect(_page.Locator("#email")).ToBeVisibleAsync();
        await Expect(_page.GetByTestId("thread-frame")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheEmailAndPasswordBoxesCanBeSeen_EachWithABorderOnItsOwnLine()
    {
        await _page.GotoAsync("/account/login");

        foreach (var box in new[] { "#email", "#password" })
            Assert.Equal("1px", await _page.Locator(box).EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth"));
        var email = (await _page.Locator("#email").BoundingBoxAsync())!;
        var password = (await _page.Locator("#password").BoundingBoxAsync())!;
        Assert.True(password.Y > email.Y + email.Height, "the password box sits below the email box");
        Assert.InRange((await _page.Locator(".login-card").BoundingBoxAsync())!.Width, 300, 400);
    }

    [Fact]
    public async Task WrongPasswordShowsAnErrorAndStaysOnTheSignInPage()
    {
        await SignIn.WithPasswordAsync(_page, SignIn.AdvisorEmail, "not-the-password");

        await Expect(_page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(OptInDashboard.Accounts.StaffSignIn.Refused);
        await Expect(_page).ToHaveURLAsync(new Regex("/account/login"));
    }

    [Fact]
    public async Task RightPasswordOpensTheThreads()
    {
        await SignIn.WithPasswordAsync(_page, SignIn.AdvisorEmail, TestApp.DemoPassword);

        await Expect(_page).ToHaveURLAsync(new Regex("/threads$"));
        await Expect(_page.GetByTestId("thread-item").First).ToBeVisibleAsync();
    }
}
