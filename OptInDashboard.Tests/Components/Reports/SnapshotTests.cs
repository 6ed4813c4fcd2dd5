using Bunit;
using MudBlazor;
using OptInDashboard.Components.Pages.Reports;
using OptInDashboard.Consent;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Components.Reports;

public sealed class SnapshotTests : ReportsTestContext
{
    private IRenderedComponent<Snapshot> RenderSnapshot()
    {
        RenderProviders();
        var cut = Render<Snapshot>();
        cut.WaitForElement("[data-testid=snapshot]", TimeSpan.FromSeconds(10)); // the first load reads the database (on PostgreSQL, a cold one may take over a second)
        return cut;
    }

    private static void Show(IRenderedComponent<Snapshot> cut, DateRange? days)
    {
        var picker = cut.FindComponent<MudDateRangePicker>();
        cut.InvokeAsync(() => picker.Instance.DateRangeChanged.InvokeAsync(days));
        cut.Find("form").Submit();
    }

    private static IReadOnlyList<string> DayRows(IRenderedComponent<Snapshot> cut) =>
        [.. cut.FindAll("[data-testid=snapshot-days-table] tbody tr").Select(r => r.GetAttribute("data-day")!)];

    [Fact]
    public void TheDefaultRangeIsTheDealershipsLastFortnightWithAFigureForEveryDay()
    {
        var cut = RenderSnapshot();

        Assert.Equal(14, DayRows(cut).Count);
        // The contact list is read a page at a time after the first render: wait for its page.
        cut.WaitForAssertion(() => Assert.Contains("Opted out", cut.Find("[data-testid=snapshot-grid]").TextContent), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AOneDayRangeShowsThatDayAlone()
    {
        var (maria, marketing) = await IdsAsync("Maria Gonzalez", "Marketing");
        await App.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, maria, marketing, "Asked at the desk");
        var cut = RenderSnapshot();
        var today = DayRows(cut)[^1];

        Show(cut, new DateRange(DateTime.Parse(today), DateTime.Parse(today)));

        cut.WaitForAssertion(() => Assert.Equal([today], DayRows(cut)));
        var row = cut.Find("[data-testid=snapshot-days-table] tbody tr");
        Assert.NotEqual("0", row.QuerySelectorAll("td")[1].TextContent); // opt-outs, at least Maria's
        Assert.Contains("snapshot.csv?", cut.Find("[data-testid=snapshot-csv]").GetAttribute("href"));
        Assert.EndsWith($"&from={today}&to={today}", cut.Find("[data-testid=snapshot-csv]").GetAttribute("href"));
    }

    [Fact]
    public void ADayWithNoChangesSaysSoInsteadOfAnEmptyChart()
    {
        var cut = RenderSnapshot();

        Show(cut, new DateRange(new DateTime(2001, 5, 1), new DateTime(2001, 5, 1)));

        cut.WaitForAssertion(() => Assert.Equal("No one opted in or out on this day.", cut.Find("[data-testid=snapshot-no-changes]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=snapshot-chart]"));
        Assert.Equal(["2001-05-01"], DayRows(cut));
    }

    [Fact]
    public void AnEmptyRangeAsksForTheDaysInsteadOfShowingAReport()
    {
        var cut = RenderSnapshot();

        Show(cut, null);

        cut.WaitForAssertion(() => Assert.Equal("Choose the first and the last day of the report.", cut.Find("[data-testid=snapshot-error]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=snapshot]"));
        Assert.Empty(cut.FindAll("[data-testid=snapshot-csv]"));
    }

    [Fact]
    public void AReversedRangeIsRefusedWithAMessageNotSwappedOrShownEmpty()
    {
        var cut = RenderSnapshot();

        Show(cut, new DateRange(new DateTime(2026, 3, 10), new DateTime(2026, 3, 1)));

        cut.WaitForAssertion(() => Assert.Equal(
            "The start date (2026-03-10) is after the end date (2026-03-01): choose a start on or before the end.",
            cut.Find("[data-testid=snapshot-error]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=snapshot]"));
    }

    [Fact]
    public void TheErrorClearsWhenAGoodRangeIsShown()
    {
        var cut = RenderSnapshot();
        Show(cut, null);
        cut.WaitForElement("[data-testid=snapshot-error]");

        Show(cut, new DateRange(new DateTime(2026, 3, 1), new DateTime(2026, 3, 10)));

        cut.WaitForAssertion(() => Assert.Equal(10, DayRows(cut).Count));
        Assert.Empty(cut.FindAll("[data-testid=snapshot-error]"));
    }
}
