using Bunit;
using OptInDashboard.Components;

namespace OptInDashboard.Tests.Components;

/// <summary>A server-paged grid renders once before it asks for its first page: it must not claim then that there is nothing.</summary>
public sealed class GridEmptyTextTests : ComponentTestContext
{
    [Fact]
    public void AGridSaysItIsLoadingUntilItsFirstPageHasComeBackThenThatNothingMatches()
    {
        var empty = Render<GridEmptyText>(ps => ps.Add(e => e.Loaded, false).AddChildContent("No contacts match."));
        Assert.Equal("Loading…", empty.Find("[data-testid=grid-empty]").TextContent.Trim());

        empty.Render(ps => ps.Add(e => e.Loaded, true));
        Assert.Equal("No contacts match.", empty.Find("[data-testid=grid-empty]").TextContent.Trim());
    }
}
