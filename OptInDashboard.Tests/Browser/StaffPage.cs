using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace OptInDashboard.Tests.Browser;

/// <summary>A staff member signed in on one page, in a browser context of their own. Disposing saves a screenshot of what it showed.</summary>
internal sealed class StaffPage : IAsyncDisposable
{
    private readonly string _name;

    private StaffPage(IPage page, string name)
    {
        Page = page;
        _name = name;
    }

    public IPage Page { get; }

    public static async Task<StaffPage> OpenAsync(LiveApp app, Chromium chromium, string email, string path,
        int width = 1100, int height = 700, [CallerMemberName] string test = "")
    {
        var page = await chromium.NewPageAsync(app.BaseUrl);
        var staff = new StaffPage(page, test);
        try
        {
            await page.SetViewportSizeAsync(width, height);
            await SignIn.AsOnAsync(page, email, path);
            await Interactivity.CircuitUpAsync(page);
        }
        catch
        {
            await staff.DisposeAsync();
            throw;
        }
        return staff;
    }

    public async ValueTask DisposeAsync()
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, $"{_name}.png"), FullPage = true });
        await Page.Context.DisposeAsync();
    }
}
