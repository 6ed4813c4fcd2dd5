namespace OptInDashboard.Tests.Browser;

internal static class RepositoryPaths
{
    /// <summary>The folder holding OptInDashboard.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Git-ignored: what the browser showed at the end of each test, for looking at a failure.</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    public static string Docs => Path.Combine(Root, "docs");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "OptInDashboard.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No OptInDashboard.sln above {AppContext.BaseDirectory}.");
    }
}
