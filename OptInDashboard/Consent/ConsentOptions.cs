using OptInDashboard.Data;

namespace OptInDashboard.Consent;

public sealed class ConsentOptions
{
    public const string Section = "Consent";

    /// <summary>Appended to every advisor text, once.</summary>
    public string Footer { get; set; } = "Text STOP to opt-out";

    /// <summary>
    /// The FCC's revoke-all rule, 47 CFR 64.1200(a)(10) from the 2024 consent-revocation order (FCC 24-24): a customer's
    /// opt-out covers every robocall and robotext from the sender, related or not. Waived until 2027-01-31 (DA 26-12),
    /// which may move again, so it is configuration. It starts at 00:00 UTC of that day, the evening before in the US:
    /// never later than the rule.
    /// </summary>
    public DateOnly RevokeAllFrom { get; set; } = new(2027, 1, 31);

    public string AppendFooter(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(Footer, StringComparison.OrdinalIgnoreCase) ? trimmed : $"{trimmed}\n{Footer}";
    }

    public bool RevokeAllAppliesAt(DateTime utc) => DateOnly.FromDateTime(utc) >= RevokeAllFrom;

    /// <summary>Where a customer's opt-out applies at <paramref name="utc"/>: every line once revoke-all applies, else the dealership's setting.</summary>
    public ConsentScope OptOutScopeAt(Account dealership, DateTime utc) =>
        RevokeAllAppliesAt(utc) ? ConsentScope.Account : dealership.OptOutScope;
}
