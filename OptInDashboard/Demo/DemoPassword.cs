namespace OptInDashboard.Demo;

internal static class DemoPassword
{
    /// <summary>What README.md and appsettings.json published until 2026-11: a demo seeded then still has it until it is replaced.</summary>
    public const string FormerlyPublished = "Demo!2026";
}
