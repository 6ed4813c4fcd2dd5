namespace OptInDashboard.Intent.Text;

/// <summary>
/// Common phone spellings mapped to the word they stand for. They are short, so their character
/// n-grams say little; mapping them lets what the model learned from "please stop texting" apply to
/// "plz stop txting" without having seen every spelling of every phrase.
/// </summary>
internal static class TxtSpeak
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["u"] = "you",
        ["ur"] = "your",
        ["yr"] = "your",
        ["pls"] = "please",
        ["plz"] = "please",
        ["plez"] = "please",
        ["pleez"] = "please",
        ["plse"] = "please",
        ["pleas"] = "please",
        ["pleae"] = "please",
        ["txt"] = "text",
        ["txts"] = "texts",
        ["txting"] = "texting",
        ["txtin"] = "texting",
        ["txtn"] = "texting",
        ["textin"] = "texting",
        ["textn"] = "texting",
        ["msg"] = "message",
        ["msgs"] = "messages",
        ["msging"] = "messaging",
        ["thx"] = "thanks",
        ["thnx"] = "thanks",
        ["thanx"] = "thanks",
        ["tks"] = "thanks",
        ["ty"] = "thanks",
        ["k"] = "ok",
        ["kk"] = "ok",
        ["okay"] = "ok",
        ["okey"] = "ok",
        ["abt"] = "about",
        ["unsub"] = "unsubscribe",
        ["nvm"] = "nevermind",
        ["msj"] = "mensaje",
        ["msjs"] = "mensajes",
        ["porfa"] = "porfavor",
        ["xfa"] = "porfavor",
        ["xfavor"] = "porfavor",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryExpand(ReadOnlySpan<char> word, out string expansion) =>
        Lookup.TryGetValue(word, out expansion!);
}
