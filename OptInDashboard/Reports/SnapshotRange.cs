namespace OptInDashboard.Reports;

/// <summary>The UTC days a snapshot covers, both ends included.</summary>
public readonly record struct SnapshotRange(DateOnly From, DateOnly To)
{
    /// <summary>The last <paramref name="days"/> UTC days by the clock, today included: a change made a minute ago is in it.</summary>
    public static SnapshotRange EndingToday(TimeProvider clock, int days)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new(today.AddDays(1 - days), today);
    }

    /// <summary>Why this range cannot be reported, in words for the person who chose it; null when it can.</summary>
    public string? Problem => From > To
        ? $"The start date ({From:yyyy-MM-dd}) is after the end date ({To:yyyy-MM-dd}): choose a start on or before the end."
        : null;
}
