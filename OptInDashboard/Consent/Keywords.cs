using System.Globalization;
using System.Text;

namespace OptInDashboard.Consent;

/// <summary>
/// Keyword responders: a keyword acts only when it is the whole message, after normalising case,
/// spacing, punctuation and emoji ("Stop!!", " stop 🛑 " and "S T O P" are not the same thing:
/// the last is free text for the intent model).
/// </summary>
public static class Keywords
{
    public static readonly IReadOnlyDictionary<string, KeywordAction> Defaults = new Dictionary<string, KeywordAction>
    {
        ["STOP"] = KeywordAction.OptOut,
        ["STOPALL"] = KeywordAction.OptOutAll,
        ["UNSUBSCRIBE"] = KeywordAction.OptOut,
        ["CANCEL"] = KeywordAction.OptOut,
        ["END"] = KeywordAction.OptOut,
        ["QUIT"] = KeywordAction.OptOut,
        ["REVOKE"] = KeywordAction.OptOut,
        ["OPTOUT"] = KeywordAction.OptOut,
        ["OPT OUT"] = KeywordAction.OptOut,
        ["STOP TEXTING"] = KeywordAction.OptOut,
        ["DO NOT TEXT"] = KeywordAction.OptOut,
        ["ALTO"] = KeywordAction.OptOut,
        ["PARAR"] = KeywordAction.OptOut,
        ["CANCELAR"] = KeywordAction.OptOut,
        ["BAJA"] = KeywordAction.OptOut,
        ["START"] = KeywordAction.OptIn,
        ["UNSTOP"] = KeywordAction.OptIn,
        ["REJOIN"] = KeywordAction.OptIn,
        ["OPTIN"] = KeywordAction.OptIn,
        ["OPT IN"] = KeywordAction.OptIn,
        ["SUBSCRIBE"] = KeywordAction.OptIn,
        ["RESUBSCRIBE"] = KeywordAction.OptIn,
        ["HELP"] = KeywordAction.Help,
        ["INFO"] = KeywordAction.Help,
        ["AYUDA"] = KeywordAction.Help,
    };

    public static KeywordMatch? Match(string text, IReadOnlyDictionary<string, KeywordAction>? keywords = null)
    {
        var normalized = Normalize(text);
        return (keywords ?? Defaults).TryGetValue(normalized, out var action) ? new KeywordMatch(normalized, action) : null;
    }

    /// <summary>Upper case, accents kept, punctuation and emoji dropped, runs of spacing folded to one space.</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingSpace && result.Length > 0) result.Append(' ');
                pendingSpace = false;
                result.Append(Rune.ToUpperInvariant(rune).ToString());
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = true;
            }
            else if (rune.Value is '-' or '_' or '/' && Rune.GetUnicodeCategory(rune) != UnicodeCategory.OtherSymbol)
            {
                pendingSpace = true; // "opt-out" and "opt out" are one keyword
            }
        }
        return result.ToString();
    }
}

public sealed record KeywordMatch(string Keyword, KeywordAction Action);
