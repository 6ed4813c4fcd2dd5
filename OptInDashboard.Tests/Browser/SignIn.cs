using Microsoft.Playwright;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Browser;

internal static class SignIn
{
    public const string AdvisorEmail = "advisor@demo.local";
    public const string ManagerEmail = "manager@demo.local";
    public const string AdminEmail = "admin@demo.local";
    public const string GroupAdminEmail = "groupadmin@demo.local";

    public static async Task WithPasswordAsync(IPage page, string email, string password, string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
    }

    /// <summary>Signs in and lands straight on <paramref name="path"/>, as a bookmarked link would.</summary>
    public static Task AsAdvisorOnAsync(IPage page, string path) => AsOnAsync(page, AdvisorEmail, path);

    /// <summary>Signs in as <paramref name="email"/>, lands on <paramref name="path"/> and waits until the page answers input.</summary>
    public static async Task AsOnAsync(IPage page, string email, string path)
    {
        await WithPasswordAsync(page, email, TestApp.DemoPassword, returnUrl: path);
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == path);
    }
}
