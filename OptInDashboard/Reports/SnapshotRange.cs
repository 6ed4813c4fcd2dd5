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

    // The days any report covers, and the longest snapshot (one row per day, built in memory): past these, a clear
    // 400 rather than a 500 from date arithmetic or a file cut short.
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);
    public const int MaxDays = 3 * 366;

    /// <summary>Why a report cannot start or end on <paramref name="day"/>; null when it can.</summary>
    public static string? DayProblem(DateOnly day) => day < Earliest || day > Latest
        ? $"{day:yyyy-MM-dd} is outside the days reports cover: choose a day from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}."
        : null;

    /// <summary>Why these days cannot be reported one after another, whatever their length; null when they can.</summary>
    public static string? OrderProblem(DateOnly from, DateOnly to) => from > to
        ? $"The start date ({from:yyyy-MM-dd}) is after the end date ({to:yyyy-MM-dd}): choose a start on or before the end."
        : null;

    /// <summary>Why this range cannot be reported, in words for the person who chose it; null when it can.</summary>
    public string? Problem => DayProblem(From) ?? DayProblem(To) ?? OrderProblem(From, To)
        ?? (To.DayNumber - From.DayNumber + 1 > MaxDays
            ? $"The snapshot covers at most three years ({MaxDays} days): choose a start on or after {To.AddDays(1 - MaxDays):yyyy-MM-dd}."
            : null);

    /// <summary>The UTC instants the dealership's days run between: from the first day's midnight to the midnight after the last.</summary>
    public (DateTime StartUtc, DateTime EndUtc) ToUtc(DealershipTime time) =>
        (time.StartOfDayUtc(From), time.StartOfDayUtc(To.AddDays(1)));
}
