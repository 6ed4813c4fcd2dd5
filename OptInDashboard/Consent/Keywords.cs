using System.Text;
using OptInDashboard.Intent.Text;

namespace OptInDashboard.Consent;

/// <summary>
/// Keyword responders: a keyword acts only when it is the whole message, after normalising case,
/// spacing, punctuation and emoji ("Stop!!", " stop 🛑 " and "S T O P" are not the same thing:
/// the last is free text for the intent model).
/// </summary>
public static class Keywords
{
    /// <summary>
    /// The responders every account starts with: the FCC's per-se revocation words, CTIA's, and the opt-out and
    /// help words of each language our customers write in (the confirmation then goes in that language).
    /// </summary>
    public static readonly IReadOnlyList<(string Keyword, KeywordAction Action, string Language)> DefaultResponders =
    [
        ("STOP", KeywordAction.OptOut, ReplyTemplate.English),
        ("STOPALL", KeywordAction.OptOutAll, ReplyTemplate.English),
        ("UNSUBSCRIBE", KeywordAction.OptOut, ReplyTemplate.English),
        ("CANCEL", KeywordAction.OptOut, ReplyTemplate.English),
        ("END", KeywordAction.OptOut, ReplyTemplate.English),
        ("QUIT", KeywordAction.OptOut, ReplyTemplate.English),
        ("REVOKE", KeywordAction.OptOut, ReplyTemplate.English),
        ("OPTOUT", KeywordAction.OptOut, ReplyTemplate.English),
        ("OPT OUT", KeywordAction.OptOut, ReplyTemplate.English),
        ("STOP TEXTING", KeywordAction.OptOut, ReplyTemplate.English),
        ("DO NOT TEXT", KeywordAction.OptOut, ReplyTemplate.English),
        ("ALTO", KeywordAction.OptOut, ReplyTemplate.Spanish),
        ("PARAR", KeywordAction.OptOut, ReplyTemplate.Spanish),
        ("CANCELAR", KeywordAction.OptOut, ReplyTemplate.Spanish),
        ("BAJA", KeywordAction.OptOut, ReplyTemplate.Spanish),
        ("START", KeywordAction.OptIn, ReplyTemplate.English),
        ("UNSTOP", KeywordAction.OptIn, ReplyTemplate.English),
        ("REJOIN", KeywordAction.OptIn, ReplyTemplate.English),
        ("OPTIN", KeywordAction.OptIn, ReplyTemplate.English),
        ("OPT IN", KeywordAction.OptIn, ReplyTemplate.English),
        ("SUBSCRIBE", KeywordAction.OptIn, ReplyTemplate.English),
        ("RESUBSCRIBE", KeywordAction.OptIn, ReplyTemplate.English),
        ("HELP", KeywordAction.Help, ReplyTemplate.English),
        ("INFO", KeywordAction.Help, ReplyTemplate.English),
        ("AYUDA", KeywordAction.Help, ReplyTemplate.Spanish),
        ("ARRET", KeywordAction.OptOut, "fr"),
        ("ARRÊT", KeywordAction.OptOut, "fr"),
        ("AIDE", KeywordAction.Help, "fr"),
        ("SAIR", KeywordAction.OptOut, "pt"),
        ("AJUDA", KeywordAction.Help, "pt"),
        ("HINTO", KeywordAction.OptOut, "tl"),
        ("TULONG", KeywordAction.Help, "tl"),
        ("HỦY", KeywordAction.OptOut, "vi"),
        ("HUY", KeywordAction.OptOut, "vi"),
        ("NGỪNG", KeywordAction.OptOut, "vi"),
        ("TD", KeywordAction.OptOut, "zh-Hans"),
        ("退订", KeywordAction.OptOut, "zh-Hans"),
        ("帮助", KeywordAction.Help, "zh-Hans"),
        ("退訂", KeywordAction.OptOut, "zh-Hant"),
        ("幫助", KeywordAction.Help, "zh-Hant"),
        ("수신거부", KeywordAction.OptOut, "ko"),
        ("도움말", KeywordAction.Help, "ko"),
    ];

    /// <summary>The standard opt-out words a carrier answers itself on a line marked "carrier confirms STOP".</summary>
    public static readonly IReadOnlySet<string> CarrierHandled = new HashSet<string> { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT" };

    public static readonly IReadOnlyDictionary<string, KeywordAction> Defaults =
        DefaultResponders.ToDictionary(r => r.Keyword, r => r.Action);

    public static KeywordMatch? Match(string text, IReadOnlyDictionary<string, KeywordAction>? keywords = null)
    {
        var normalized = Normalize(text);
        return (keywords ?? Defaults).TryGetValue(normalized, out var action) ? new KeywordMatch(normalized, action) : null;
    }

    public static IEnumerable<KeywordResponder> DefaultRespondersFor(int accountId) =>
        DefaultResponders.Select(r => new KeywordResponder { AccountId = accountId, Keyword = r.Keyword, Action = r.Action, Language = r.Language });

    /// <summary>
    /// Look-alike letters as the letters they imitate ("ＳＴＯＰ", "SТОР" with Cyrillic letters), upper case, accents
    /// kept, punctuation and emoji dropped, runs of spacing folded to one space.
    /// </summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in LookAlikes.Fold(text).EnumerateRunes())
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
            else if (rune.Value is '-' or '_' or '/')
            {
                pendingSpace = true; // "opt-out" and "opt out" are one keyword
            }
        }
        return result.ToString();
    }
}

public sealed record KeywordMatch(string Keyword, KeywordAction Action);
