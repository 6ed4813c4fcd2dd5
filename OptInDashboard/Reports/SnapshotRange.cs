using OptInDashboard.Data;

namespace OptInDashboard.Reports;

/// <summary>The dealership's days a snapshot covers, both ends included.</summary>
public readonly record struct SnapshotRange(DateOnly From, DateOnly To)
{
    /// <summary>The last <paramref name="days"/> days of the dealership, today included: a change made a minute ago is in it.</summary>
    public static SnapshotRange EndingToday(DealershipTime time, DateTime nowUtc, int days)
    {
        var today = time.Today(nowUtc);
        return new(today.AddDays(1 - days), today);
    }

    /// <summary>Why this range cannot be reported, in words for the person who chose it; null when it can.</summary>
    public string? Problem => From > To
        ? $"The start date ({From:yyyy-MM-dd}) is after the end date ({To:yyyy-MM-dd}): choose a start on or before the end."
        : null;

    /// <summary>The UTC instants the dealership's days run between: from the first day's midnight to the midnight after the last.</summary>
    public (DateTime StartUtc, DateTime EndUtc) ToUtc(DealershipTime time) =>
        (time.StartOfDayUtc(From), time.StartOfDayUtc(To.AddDays(1)));
}
