using System.Text.RegularExpressions;

namespace OptInDashboard.Intent.Text;

/// <summary>
/// A tapback or emoji reaction, as phones send it to a number that cannot show reactions: a verb and the text
/// reacted to, in quotes (<c>Liked "Your vehicle is ready! Reply STOP to opt out."</c>, <c>Reacted 👍 to "…"</c>).
/// The quote is our own earlier text, not the customer's words, so nothing in it can opt anyone out. The verbs are
/// those iPhones and Android phones send in English, Spanish, Portuguese and French.
/// </summary>
public static partial class Reactions
{
    public static bool IsReaction(string text, out string verb)
    {
        var match = Reaction().Match(text);
        verb = match.Success ? match.Groups["verb"].Value : "";
        return match.Success;
    }

    [GeneratedRegex("""
        ^\s*(?<verb>Loved|Liked|Disliked|Laughed\ at|Emphasi[sz]ed|Questioned|Removed\ an?\ [\w!?]+\ from
            |Reacted\ \S+\ to|[^\s\w"“”'‘’«]{1,8}\ to
            |Le\ gust[óo]|Le\ encant[óo]|No\ le\ gust[óo]|Se\ ri[óo]\ de|Enfatiz[óo]|Cuestion[óo]
            |Curtiu|Amou|Riu\ de|Enfatizou|N[ãa]o\ curtiu|Questionou
            |A\ aim[ée]|A\ ador[ée]|N[’']a\ pas\ aim[ée]|A\ ri\ de|A\ soulign[ée]|A\ mis\ en\ valeur)
        \s+[“"«„'‘](?<quote>.+)[”"»'’]\s*$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reaction();
}
