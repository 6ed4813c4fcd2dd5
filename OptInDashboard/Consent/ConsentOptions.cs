namespace OptInDashboard.Consent;

public sealed class ConsentOptions
{
    public const string Section = "Consent";

    /// <summary>Appended to every advisor text, once.</summary>
    public string Footer { get; set; } = "Text STOP to opt-out";

    public string AppendFooter(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(Footer, StringComparison.OrdinalIgnoreCase) ? trimmed : $"{trimmed}\n{Footer}";
    }
}
