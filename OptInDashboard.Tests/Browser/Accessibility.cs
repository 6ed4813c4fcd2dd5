using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// axe-core run in the page. Only critical and serious violations count (the bar); each comes back
/// as one readable line per element, so a failing assertion says what to fix and where.
/// </summary>
internal static class Accessibility
{
    private static readonly string[] Blocking = ["critical", "serious"];

    /// <summary>Checks the whole page, or only what <paramref name="include"/> selects, minus what <paramref name="exclude"/> selects.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string[]? include = null, string[]? exclude = null)
    {
        var context = new AxeRunContext();
        if (include is { Length: > 0 }) context.Include = [.. include.Select(s => new AxeSelector(s))];
        if (exclude is { Length: > 0 }) context.Exclude = [.. exclude.Select(s => new AxeSelector(s))];
        // axe refuses a context with neither part set ("axe.run arguments are invalid"): the whole document is then no context at all.
        var result = context.Include is null && context.Exclude is null ? await page.RunAxe() : await page.RunAxe(context);
        return [.. result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .SelectMany(v => v.Nodes.Select(n => $"{v.Impact} {v.Id}: {v.Help} at {n.Target} ({n.Html}): {Why(n)}"))];
    }

    private static string Why(AxeResultNode node) =>
        string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(check => check.Message));
}
