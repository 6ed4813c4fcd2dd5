using System.Globalization;
using OptInDashboard.Data;

namespace OptInDashboard.Components.Pages.Admin;

/// <summary>An IANA time zone as the settings picker offers it: the id and its offset from UTC today.</summary>
public sealed record TimeZoneChoice(string Id, string Label)
{
    /// <summary>The zones US dealerships use most, offered first; every other zone the machine knows follows.</summary>
    private static readonly string[] UsFirst =
    [
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
        "America/Anchorage", "Pacific/Honolulu", "America/Detroit", "America/Boise", "America/Indiana/Indianapolis",
        "America/Kentucky/Louisville", "America/Puerto_Rico",
    ];

    public static IReadOnlyList<TimeZoneChoice> All(DateTime utcNow)
    {
        var known = TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).ToDictionary(z => z.Id, StringComparer.Ordinal);
        var first = UsFirst.Where(known.ContainsKey);
        var rest = known.Keys.Except(UsFirst, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. first.Concat(rest).Select(id => For(known[id], utcNow))];
    }

    public static TimeZoneChoice For(TimeZoneInfo zone, DateTime utcNow)
    {
        var offset = zone.GetUtcOffset(utcNow);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return new(zone.Id, string.Create(CultureInfo.InvariantCulture, $"{zone.Id} (now UTC{sign}{offset:hh\\:mm})"));
    }

    /// <summary>Matches what an Admin types anywhere in the id, ignoring case and treating spaces as underscores ("los angeles").</summary>
    public bool Matches(string? typed) =>
        string.IsNullOrWhiteSpace(typed) || Id.Contains(typed.Trim().Replace(' ', '_'), StringComparison.OrdinalIgnoreCase);

}
