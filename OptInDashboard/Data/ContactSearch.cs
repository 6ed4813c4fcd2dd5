using OptInDashboard.Messaging;

namespace OptInDashboard.Data;

/// <summary>
/// Contacts whose name contains what staff typed, or, when they typed (part of) a phone number in any
/// format, whose number contains those digits; translated to SQL by both providers.
/// </summary>
public static class ContactSearch
{
    public static IQueryable<Contact> Matching(IQueryable<Contact> contacts, string? term)
    {
        term = term?.Trim();
        if (string.IsNullOrEmpty(term)) return contacts;
        var lower = term.ToLower();
        // Numbers are stored in E.164, '+' then digits only, so the typed digits are a substring of the
        // stored number exactly when they are a substring of its digits: "(555) 555-0111", "555-0111",
        // "5550111" and "1 555 555 0111" all find +15555550111, with no digits-only column to keep.
        // A whole number is searched as its E.164 digits, so one typed with the international prefix
        // ("011 44 20 7946 0958") finds +442079460958 too.
        var digits = PhoneDigits(term);
        if (digits is not null && PhoneNumber.TryNormalize(term, out var e164)) digits = e164[1..];
        return digits is null
            ? contacts.Where(c => c.Name != null && c.Name.ToLower().Contains(lower))
            : contacts.Where(c => (c.Name != null && c.Name.ToLower().Contains(lower)) || c.PhoneNumber.Contains(digits));
    }

    /// <summary>The digits of a term made only of digits and the usual separators; null for anything else (a name).</summary>
    public static string? PhoneDigits(string term)
    {
        if (!term.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '.' or '(' or ')')) return null;
        var digits = new string(term.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }
}
