using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Browser;

internal static partial class SignIn
{
    public const string AdvisorEmail = "advisor@demo.local";

    public static async Task WithPasswordAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
    }

    public static async Task AsAdvisorAsync(IPage page)
    {
        await WithPasswordAsync(page, AdvisorEmail, TestApp.DemoPassword);
        await page.WaitForURLAsync(ThreadsUrl());
    }

    [GeneratedRegex("/threads")]
    public static partial Regex ThreadsUrl();
}
