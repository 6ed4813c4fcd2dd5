namespace OptInDashboard.Tests.Browser;

/// <summary>
/// docs/red-frame-thread.png, the README's picture of an opted-out thread, is a real screenshot taken by a
/// browser test. It is rewritten only when asked (scripts/readme-screenshot.sh), so test runs leave the tree clean.
/// </summary>
internal static class ReadmeScreenshot
{
    public const string UpdateVariable = "UPDATE_README_SCREENSHOT";

    /// <summary>Just the thread frame, scrolled to its newest message as an advisor would: small, and the point of the picture.</summary>
    public static async Task SaveAsync(AdvisorScreen advisor)
    {
        var folder = Environment.GetEnvironmentVariable(UpdateVariable) == "1" ? RepositoryPaths.Docs : RepositoryPaths.Screenshots;
        Directory.CreateDirectory(folder);
        await advisor.Messages.Last.ScrollIntoViewIfNeededAsync();
        await advisor.Frame.ScreenshotAsync(new() { Path = Path.Combine(folder, "red-frame-thread.png") });
    }
}
