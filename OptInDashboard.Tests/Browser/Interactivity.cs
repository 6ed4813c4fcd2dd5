using Microsoft.Playwright;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// Blazor Server first sends prerendered HTML, then attaches a circuit; input given before that is lost.
/// So a page counts as live once a harmless input has had its effect, repeated until it does.
/// </summary>
internal static class Interactivity
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task UntilLiveAsync(Func<Task> input, Func<Task> effectShown)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await input();
            try
            {
                await effectShown();
                return;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
            }
        }
    }

    /// <summary>
    /// Waits for the mark the layout sets after its first interactive render (never while prerendering):
    /// from then on clicks reach the circuit.
    /// </summary>
    public static Task CircuitUpAsync(IPage page) =>
        Assertions.Expect(page.Locator("body[data-interactive=true]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

    /// <summary>For the effect checks: short, because a miss only means "try the (idempotent) input again".</summary>
    public const float ProbeTimeout = 750;
}
