using System.Diagnostics.CodeAnalysis;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>Vonage writes E.164 without the leading '+' (14155550101); we store it with one.</summary>
public static class VonageNumber
{
    public static string FromE164(string e164) => e164.TrimStart('+');

    public static bool TryToE164(string? vonage, [NotNullWhen(true)] out string? e164)
    {
        e164 = null;
        if (string.IsNullOrWhiteSpace(vonage)) return false;
        var trimmed = vonage.Trim();
        return PhoneNumber.TryNormalize(trimmed.StartsWith('+') ? trimmed : "+" + trimmed, out e164);
    }
}
