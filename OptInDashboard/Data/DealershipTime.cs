using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OptInDashboard.Data;

/// <summary>
/// The dealership's clock. Everything is stored in UTC; an advisor reads local times ("2:05 PM",
/// "2 h ago") and a manager's report day runs from the dealership's midnight to the next.
/// </summary>
public sealed class DealershipTime(TimeZoneInfo zone)
{
    public const string DefaultTimeZone = "America/New_York";

    public TimeZoneInfo Zone { get; } = zone;

    public static DealershipTime For(Account account) => new(ZoneOf(account.TimeZone));

    /// <summary>A dealership's zone from its stored id, the default when the id is unknown here.</summary>
    public static TimeZoneInfo ZoneOf(string? id) => TryFindZone(id, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZone);

    /// <summary>An IANA id this machine knows ("America/Chicago"); anything else is refused.</summary>
    public static bool TryFindZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) || !found.HasIanaId) return false;
        zone = found;
        return true;
    }

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>"Nov 29, 2:05 PM": a message's or an event's time as the dealership reads it.</summary>
    public string Format(DateTime utc) => ToLocal(utc).ToString("MMM d, h:mm tt", CultureInfo.InvariantCulture);

    /// <summary>"Nov 29, 2026, 2:05 PM": for reports and evidence, where the year matters.</summary>
    public string FormatFull(DateTime utc) => ToLocal(utc).ToString("MMM d, yyyy, h:mm tt", CultureInfo.InvariantCulture);

    /// <summary>"just now", "5 min ago", "2 h ago", "yesterday", then the date: how a thread list shows age.</summary>
    public string Ago(DateTime utc, DateTime nowUtc)
    {
        var age = nowUtc - utc;
        if (age < TimeSpan.FromMinutes(1)) return "just now";
        if (age < TimeSpan.FromHours(1)) return $"{(int)age.TotalMinutes} min ago";
        var (local, today) = (ToLocal(utc), DateOnly.FromDateTime(ToLocal(nowUtc)));
        if (age < TimeSpan.FromHours(12) || DateOnly.FromDateTime(local) == today) return $"{(int)age.TotalHours} h ago";
        if (DateOnly.FromDateTime(local) == today.AddDays(-1)) return "yesterday";
        return local.ToString(local.Year == today.Year ? "MMM d" : "MMM d, yyyy", CultureInfo.InvariantCulture);
    }

    public DateOnly Today(DateTime nowUtc) => DateOnly.FromDateTime(ToLocal(nowUtc));

    /// <summary>The UTC instant at which the dealership's <paramref name="day"/> begins.</summary>
    public DateTime StartOfDayUtc(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where a clock change skips midnight, the day begins at the first local time that exists.
        while (Zone.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(midnight, Zone);
    }
}
