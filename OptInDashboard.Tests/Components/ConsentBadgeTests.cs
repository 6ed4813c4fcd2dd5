using System.Text.RegularExpressions;
using Bunit;
using MudBlazor;
using OptInDashboard.Components;
using OptInDashboard.Consent;

namespace OptInDashboard.Tests.Components;

public sealed partial class ConsentBadgeTests : ComponentTestContext
{
    /// <summary>The shapes an icon draws: its markup is SVG, so an HTML parser would nest its self-closed paths.</summary>
    private static IEnumerable<string> PathsOf(string icon) => PathData().Matches(icon).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<path d=\"([^\"]+)\"")]
    private static partial Regex PathData();

    [Theory]
    [InlineData(ConsentStatus.OptedOut, "Opted out", Icons.Material.Filled.Block, "mud-chip-color-error")]
    [InlineData(ConsentStatus.OptedIn, "Opted in", Icons.Material.Filled.CheckCircle, "mud-chip-color-success")]
    [InlineData(ConsentStatus.PossibleOptOut, "Possible opt-out", Icons.Material.Filled.HourglassTop, "mud-chip-color-warning")]
    [InlineData(ConsentStatus.NotDefined, "Not Defined", Icons.Material.Filled.HelpOutline, "mud-chip-color-default")]
    public void EveryStateIsSaidInWordsAndAnIconNotByColourAlone(ConsentStatus status, string words, string icon, string colour)
    {
        var badge = Render<ConsentBadge>(ps => ps.Add(b => b.Status, status));

        var chip = badge.Find(".mud-chip");
        Assert.Equal(words, chip.TextContent.Trim());
        Assert.Equal(PathsOf(icon), chip.QuerySelectorAll("svg.mud-chip-icon path").Select(p => p.GetAttribute("d")));
        Assert.Contains(colour, chip.ClassList);
    }

    [Fact]
    public void EachStateHasAnIconOfItsOwn()
    {
        var icons = Enum.GetValues<ConsentStatus>()
            .Select(s => Render<ConsentBadge>(ps => ps.Add(b => b.Status, s)).Find("svg.mud-chip-icon").InnerHtml)
            .ToList();

        Assert.Equal(icons.Count, icons.Distinct().Count());
    }
}
