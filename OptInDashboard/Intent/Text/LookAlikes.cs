using System.Text;

namespace OptInDashboard.Intent.Text;

/// <summary>
/// Letters that imitate others fold into the letters they imitate, so that "ＳＴＯＰ" (full-width), "𝐒𝐓𝐎𝐏"
/// (mathematical bold), "Ⓢⓣⓞⓟ", "🇸🇹🇴🇵" and "SТОР" (with Cyrillic Т, О and Р) all read as STOP. Cyrillic and
/// Greek letters fold only inside a word that also has Latin letters, or whose letters all have Latin twins: a
/// word really written in Cyrillic ("стоп") stays as it is.
/// </summary>
public static class LookAlikes
{
    /// <summary>Cyrillic and Greek letters drawn the same as a Latin one (Unicode's confusables, letters only).</summary>
    private static readonly Dictionary<char, char> Twins = new()
    {
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C',
        ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['Ѕ'] = 'S', ['І'] = 'I', ['Ј'] = 'J', ['Ԛ'] = 'Q', ['Ԝ'] = 'W',
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i',
        ['ј'] = 'j', ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['һ'] = 'h',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
        ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['ο'] = 'o', ['ν'] = 'v', ['ρ'] = 'p',
    };

    /// <summary>Three or more in a row spell a word; two are a flag ("🇺🇸"), and stay one.</summary>
    private const int RegionalLettersInAWord = 3;

    public static string Fold(string text)
    {
        if (!MayNeedFolding(text)) return text;

        var folded = new StringBuilder(text.Length);
        var runes = text.EnumerateRunes().ToArray();
        for (var i = 0; i < runes.Length;)
        {
            if (RegionalLetter(runes[i]) is not null)
            {
                var end = i;
                while (end < runes.Length && RegionalLetter(runes[end]) is not null) end++;
                for (var k = i; k < end; k++)
                    if (end - i >= RegionalLettersInAWord) folded.Append(RegionalLetter(runes[k])!.Value);
                    else folded.Append(runes[k].ToString());
                i = end;
                continue;
            }
            var wordEnd = i;
            while (wordEnd < runes.Length && IsWordRune(runes[wordEnd])) wordEnd++;
            if (wordEnd == i)
            {
                folded.Append(runes[i].ToString());
                i++;
                continue;
            }
            AppendWord(folded, runes.AsSpan(i, wordEnd - i));
            i = wordEnd;
        }
        return folded.ToString();
    }

    private static void AppendWord(StringBuilder folded, ReadOnlySpan<Rune> word)
    {
        var latin = false;
        var twins = 0;
        var others = 0;
        foreach (var rune in word)
        {
            var c = Compatible(rune);
            if (c is not null && char.IsAsciiLetter(c.Value)) latin = true;
            else if (rune.IsBmp && Twins.ContainsKey((char)rune.Value)) twins++;
            else if (Rune.IsLetter(rune)) others++;
        }
        var foldTwins = twins > 0 && (latin || others == 0);
        foreach (var rune in word)
        {
            if (Compatible(rune) is { } c) folded.Append(c);
            else if (foldTwins && rune.IsBmp && Twins.TryGetValue((char)rune.Value, out var twin)) folded.Append(twin);
            else folded.Append(rune.ToString());
        }
    }

    /// <summary>The plain ASCII letter or digit of a full-width, mathematical or circled one, or the letter itself if ASCII.</summary>
    private static char? Compatible(Rune rune) => rune.Value switch
    {
        < 0x80 => (char)rune.Value,
        >= 0xFF10 and <= 0xFF19 or >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A => (char)(rune.Value - 0xFEE0),
        >= 0x24B6 and <= 0x24CF => (char)('A' + rune.Value - 0x24B6),
        >= 0x24D0 and <= 0x24E9 => (char)('a' + rune.Value - 0x24D0),
        // Mathematical alphanumerics: 13 styles of A-Z a-z (bold, italic, script, fraktur, double-struck, sans, monospace...), then digits.
        >= 0x1D400 and <= 0x1D6A3 => (rune.Value - 0x1D400) % 52 is var k && k < 26 ? (char)('A' + k) : (char)('a' + k - 26),
        >= 0x1D7CE and <= 0x1D7FF => (char)('0' + (rune.Value - 0x1D7CE) % 10),
        _ => null,
    };

    private static char? RegionalLetter(Rune rune) => rune.Value is >= 0x1F1E6 and <= 0x1F1FF ? (char)('A' + rune.Value - 0x1F1E6) : null;

    private static bool IsWordRune(Rune rune) =>
        Compatible(rune) is { } c ? char.IsAsciiLetterOrDigit(c) : Rune.IsLetterOrDigit(rune);

    /// <summary>Most texts are plain Latin: those skip the folding, and the copy.</summary>
    private static bool MayNeedFolding(string text)
    {
        foreach (var c in text)
            if (c is >= '\u0370' and <= '\u052F' or >= '\u24B6' and <= '\u24E9' or >= '\uFF10' and <= '\uFF5A' || char.IsSurrogate(c)) return true;
        return false;
    }
}
