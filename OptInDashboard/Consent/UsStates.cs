namespace OptInDashboard.Consent;

/// <summary>
/// The US states (and DC) by postal code, with the IANA time zones each one spans (the tz database's zone.tab):
/// a contact's state says where their local time, and their state's texting law, come from.
/// </summary>
public static class UsStates
{
    public sealed record State(string Code, string Name, IReadOnlyList<string> Zones);

    private const string Eastern = "America/New_York", Central = "America/Chicago", Mountain = "America/Denver", Pacific = "America/Los_Angeles";

    public static readonly IReadOnlyList<State> All =
    [
        new("AL", "Alabama", [Central]),
        new("AK", "Alaska", ["America/Anchorage", "America/Adak"]),
        new("AZ", "Arizona", ["America/Phoenix", Mountain]),
        new("AR", "Arkansas", [Central]),
        new("CA", "California", [Pacific]),
        new("CO", "Colorado", [Mountain]),
        new("CT", "Connecticut", [Eastern]),
        new("DE", "Delaware", [Eastern]),
        new("DC", "District of Columbia", [Eastern]),
        new("FL", "Florida", [Eastern, Central]),
        new("GA", "Georgia", [Eastern]),
        new("HI", "Hawaii", ["Pacific/Honolulu"]),
        new("ID", "Idaho", ["America/Boise", Pacific]),
        new("IL", "Illinois", [Central]),
        new("IN", "Indiana", ["America/Indiana/Indianapolis", Central]),
        new("IA", "Iowa", [Central]),
        new("KS", "Kansas", [Central, Mountain]),
        new("KY", "Kentucky", [Eastern, Central]),
        new("LA", "Louisiana", [Central]),
        new("ME", "Maine", [Eastern]),
        new("MD", "Maryland", [Eastern]),
        new("MA", "Massachusetts", [Eastern]),
        new("MI", "Michigan", ["America/Detroit", Central]),
        new("MN", "Minnesota", [Central]),
        new("MS", "Mississippi", [Central]),
        new("MO", "Missouri", [Central]),
        new("MT", "Montana", [Mountain]),
        new("NE", "Nebraska", [Central, Mountain]),
        new("NV", "Nevada", [Pacific]),
        new("NH", "New Hampshire", [Eastern]),
        new("NJ", "New Jersey", [Eastern]),
        new("NM", "New Mexico", [Mountain]),
        new("NY", "New York", [Eastern]),
        new("NC", "North Carolina", [Eastern]),
        new("ND", "North Dakota", [Central, Mountain]),
        new("OH", "Ohio", [Eastern]),
        new("OK", "Oklahoma", [Central]),
        new("OR", "Oregon", [Pacific, "America/Boise"]),
        new("PA", "Pennsylvania", [Eastern]),
        new("RI", "Rhode Island", [Eastern]),
        new("SC", "South Carolina", [Eastern]),
        new("SD", "South Dakota", [Central, Mountain]),
        new("TN", "Tennessee", [Central, Eastern]),
        new("TX", "Texas", [Central, Mountain]),
        new("UT", "Utah", [Mountain]),
        new("VT", "Vermont", [Eastern]),
        new("VA", "Virginia", [Eastern]),
        new("WA", "Washington", [Pacific]),
        new("WV", "West Virginia", [Eastern]),
        new("WI", "Wisconsin", [Central]),
        new("WY", "Wyoming", [Mountain]),
    ];

    private static readonly Dictionary<string, State> ByCodeOrName =
        All.SelectMany(s => new[] { (s.Code, s), (s.Name, s) }).ToDictionary(p => p.Item1, p => p.s, StringComparer.OrdinalIgnoreCase);

    /// <summary>A state from its postal code ("FL") or name ("Florida"); null for anything else.</summary>
    public static State? Find(string? codeOrName) =>
        codeOrName is not null && ByCodeOrName.TryGetValue(codeOrName.Trim(), out var state) ? state : null;
}
