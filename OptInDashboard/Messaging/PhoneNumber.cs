using System.Diagnostics.CodeAnalysis;

namespace OptInDashboard.Messaging;

/// <summary>Phone numbers in E.164 (+15551234567), with the US as the default region.</summary>
public static class PhoneNumber
{
    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? e164)
    {
        e164 = null;
        if (string.IsNullOrWhiteSpace(input)) return false;

        var trimmed = input.Trim();
        var international = trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal);
        foreach (var c in trimmed)
            if (!char.IsAsciiDigit(c) && c is not ('+' or ' ' or '-' or '.' or '(' or ')')) return false;

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (trimmed.StartsWith("00", StringComparison.Ordinal)) digits = digits[2..];

        if (!international && digits.Length == 10) digits = "1" + digits;          // US national number
        else if (!international && !(digits.Length == 11 && digits[0] == '1')) return false;

        if (digits.Length is < 8 or > 15 || digits[0] == '0') return false;
        if (digits[0] == '1' && (digits.Length != 11 || digits[1] is '0' or '1')) return false; // NANP: area code starts 2-9
        e164 = "+" + digits;
        return true;
    }

    public static string Normalize(string input) =>
        TryNormalize(input, out var e164) ? e164 : throw new FormatException($"'{input}' is not a phone number. Use a US number such as (555) 201-0123 or E.164 such as +15552010123.");

    /// <summary>For logs: never a whole number.</summary>
    public static string Mask(string? number) =>
        number is { Length: > 4 } ? new string('*', number.Length - 4) + number[^4..] : "****";
}
