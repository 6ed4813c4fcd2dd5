using Microsoft.Playwright;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// The README's pictures in docs/ (an opted-out thread, the threads page, the consent dialog, the snapshot) are real
/// screenshots taken by browser tests. They are rewritten only when asked (scripts/readme-screenshot.sh), so test runs leave the tree clean.
/// </summary>
internal static class ReadmeScreenshot
{
    public const string UpdateVariable = "UPDATE_README_SCREENSHOT";

    /// <summary>Just the thread frame, scrolled to its newest message as an advisor would: small, and the point of the picture.</summary>
    public static async Task SaveAsync(AdvisorScreen advisor)
    {
        await advisor.Messages.Last.ScrollIntoViewIfNeededAsync();
        await SaveAsync(advisor.Frame, "red-frame-thread.png");
    }

    /// <summary>One element as docs/<paramref name="fileName"/> when asked, else under artifacts/screenshots.</summary>
    public static async Task SaveAsync(ILocator element, string fileName)
    {
        var folder = Environment.GetEnvironmentVariable(UpdateVariable) == "1" ? RepositoryPaths.Docs : RepositoryPaths.Screenshots;
        Directory.CreateDirectory(folder);
        await element.ScreenshotAsync(new() { Path = Path.Combine(folder, fileName) });
    }
}
