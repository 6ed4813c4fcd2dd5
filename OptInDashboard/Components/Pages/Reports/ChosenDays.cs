using MudBlazor;
using OptInDashboard.Reports;

namespace OptInDashboard.Components.Pages.Reports;

/// <summary>The days a snapshot page's date range picker shows and holds, as the report reads them.</summary>
internal static class ChosenDays
{
    public static DateRange Of(SnapshotRange range) =>
        new(range.From.ToDateTime(TimeOnly.MinValue), range.To.ToDateTime(TimeOnly.MinValue));

    /// <summary>The range chosen, or why there is none to report: an end left empty, or days reports do not cover.</summary>
    public static (SnapshotRange Range, string? Problem) Read(DateRange? days)
    {
        if (days is not { Start: { } start, End: { } end }) return (default, "Choose the first and the last day of the report.");
        var range = new SnapshotRange(DateOnly.FromDateTime(start), DateOnly.FromDateTime(end));
        return (range, range.Problem);
    }
}
