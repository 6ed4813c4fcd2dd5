using Bunit;
using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Consent;

namespace OptInDashboard.Tests.Components.Threads;

/// <summary>The list reloads its rows on every change it shows; a row renders again only when what it shows moved.</summary>
public sealed class ThreadListRowTests : ComponentTestContext
{
    private static ThreadListItem Maria(int unread) =>
        new(7, "Maria Gonzalez", ConsentStatus.NotDefined, IsBlocked: false, "Is my car ready?", new DateTime(2026, 11, 29, 20, 0, 0, DateTimeKind.Utc), 41, unread);

    [Fact]
    public void AReloadedRowThatShowsTheSameIsNotRenderedAgainAndOneThatMovedIs()
    {
        var row = Render<ThreadListRow>(ps => ps.Add(r => r.Item, Maria(unread: 0)).Add(r => r.Href, "threads/7").Add(r => r.Age, "2 h ago"));

        row.Render(ps => ps.Add(r => r.Item, Maria(unread: 0)).Add(r => r.Href, "threads/7").Add(r => r.Age, "2 h ago"));
        Assert.Equal(1, row.RenderCount);

        row.Render(ps => ps.Add(r => r.Item, Maria(unread: 1)).Add(r => r.Href, "threads/7").Add(r => r.Age, "2 h ago"));
        Assert.Equal(2, row.RenderCount);
        Assert.Equal("1 unread", row.Find("[data-testid=unread-count]").TextContent.Trim());

        row.Render(ps => ps.Add(r => r.Item, Maria(unread: 1)).Add(r => r.Href, "threads/7").Add(r => r.Age, "3 h ago"));
        Assert.Equal("3 h ago", row.Find("[data-testid=thread-age]").TextContent);
    }
}
