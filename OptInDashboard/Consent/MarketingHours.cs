using System.Globalization;

namespace OptInDashboard.Consent;

/// <summary>
/// Quiet hours and frequency caps for marketing texts, in the recipient's local time. A marketing text outside its window
/// or over a cap is held until the first minute every rule allows, never dropped and never sent early. Informational texts
/// (repair status, a booked appointment's reminder) and consent replies are outside these rules.
/// </summary>
public static class MarketingHours
{
    private sealed record Rule(string Name, TimeOnly From, TimeOnly Until, TimeOnly? SundayFrom = null, int? CapPer24Hours = null, DateOnly? EffectiveFrom = null);

    private static readonly TimeOnly Eight = new(8, 0), Nine = new(9, 0), Noon = new(12, 0), EightPm = new(20, 0), NinePm = new(21, 0);

    /// <summary>47 CFR 64.1200(c)(1): no telephone solicitation before 8 a.m. or after 9 p.m. at the called party's location.</summary>
    private static readonly Rule Federal = new("the federal rule", Eight, NinePm);

    /// <summary>
    /// State laws by postal code. Caps are "on the same subject"; every marketing text of a dealership counts as one subject.
    /// </summary>
    private static readonly Dictionary<string, Rule> StateRules = new()
    {
        ["FL"] = new("Florida law", Eight, EightPm, CapPer24Hours: 3),    // Fla. Stat. 501.616(6)(a) hours, (6)(b) 3 per 24 h
        ["OK"] = new("Oklahoma law", Eight, EightPm, CapPer24Hours: 3),   // Telephone Solicitation Act of 2022, 15 O.S. 775C.4
        ["MD"] = new("Maryland law", Eight, EightPm, CapPer24Hours: 3),   // Stop the Spam Calls Act, Md. Com. Law 14-4503
        ["OR"] = new("Oregon law", Eight, EightPm, CapPer24Hours: 3, EffectiveFrom: new DateOnly(2026, 1, 1)), // HB 3865, ORS 646A.372
        ["TX"] = new("Texas law", Nine, NinePm, SundayFrom: Noon),        // SB 140, Tex. Bus. & Com. Code 301.051: Sunday from noon
    };

    public sealed record Hold(DateTime Until, string Reason);

    /// <summary>Null when a marketing text may go now; else when it may go and why it waits.</summary>
    /// <param name="sentInLast24Hours">When the marketing texts sent to this contact in the 24 hours before now went.</param>
    public static Hold? HoldFor(RecipientLocation where, IReadOnlyList<DateTime> sentInLast24Hours, DateTime nowUtc)
    {
        var rules = RulesFor(where, DateOnly.FromDateTime(nowUtc));
        var earliest = nowUtc;
        string? reason = null;
        if (rules.Where(r => r.CapPer24Hours is not null).MinBy(r => r.CapPer24Hours) is { CapPer24Hours: int cap } capping
            && sentInLast24Hours.Count >= cap)
        {
            earliest = sentInLast24Hours.Order().ElementAt(sentInLast24Hours.Count - cap).AddHours(24);
            reason = $"{Capitalised(capping.Name)} allows {cap} marketing texts in 24 hours and {sentInLast24Hours.Count} went to this customer";
        }
        var until = FirstAllowedMinute(rules, where.Zones, earliest);
        if (until <= nowUtc) return null;
        reason ??= $"Quiet hours in the customer's time ({string.Join(", ", rules.Select(r => r.Name))})";
        var zone = where.Zones[0];
        var local = TimeZoneInfo.ConvertTimeFromUtc(until, zone).ToString("ddd MMM d, h:mm tt", CultureInfo.InvariantCulture);
        return new Hold(until, $"{reason}: it goes {local} their time ({zone.Id}).");
    }

    private static List<Rule> RulesFor(RecipientLocation where, DateOnly today) =>
        [Federal, .. where.States.Select(s => StateRules.GetValueOrDefault(s.Code)).OfType<Rule>().Where(r => r.EffectiveFrom is null || r.EffectiveFrom <= today)];

    private static DateTime FirstAllowedMinute(List<Rule> rules, IReadOnlyList<TimeZoneInfo> zones, DateTime earliest)
    {
        if (IsAllowed(rules, zones, earliest)) return earliest;
        var minute = new DateTime(earliest.Ticks - earliest.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc).AddMinutes(1);
        for (var limit = minute.AddDays(8); minute < limit; minute = minute.AddMinutes(1))
            if (IsAllowed(rules, zones, minute)) return minute;
        throw new InvalidOperationException("No minute in the next week is inside every quiet-hours window of the recipient's time zones.");
    }

    private static bool IsAllowed(List<Rule> rules, IReadOnlyList<TimeZoneInfo> zones, DateTime utc) => zones.All(zone =>
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var time = TimeOnly.FromDateTime(local);
        return rules.All(r => time >= (local.DayOfWeek == DayOfWeek.Sunday ? r.SundayFrom ?? r.From : r.From) && time < r.Until);
    });

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
