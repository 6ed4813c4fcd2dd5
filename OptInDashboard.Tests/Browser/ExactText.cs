using System.Text.RegularExpressions;

namespace OptInDashboard.Tests.Browser;

internal static class ExactText
{
    /// <summary>Matches the whole text only: a customer's "STOP" is not the footer "Text STOP to opt-out".</summary>
    public static Regex Of(string text) => new($"^{Regex.Escape(text)}$");
}
