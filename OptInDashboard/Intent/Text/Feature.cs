namespace OptInDashboard.Intent.Text;

public enum FeatureKind : byte
{
    Word,
    WordPair,
    FirstWord,
    LastWord,
    InnerChars,
    CharsAtStart,
    CharsAtEnd,
    WholeWordChars,
    NegatedWord,
    WordLessOneLetter,
    WordCount,
    IdeographTriple,
}

/// <summary>
/// One feature of a normalised text: the hashed bucket the model weighs, and where it came from
/// (<see cref="Start"/> and <see cref="Length"/> index the normalised text; for <see cref="FeatureKind.WordCount"/>
/// <see cref="Start"/> is the count band; <see cref="Dropped"/> is the index in the word of the letter a
/// <see cref="FeatureKind.WordLessOneLetter"/> leaves out, or the word's length when it leaves none out)
/// so it can be shown to a person without storing its text.
/// </summary>
public readonly record struct Feature(int Bucket, FeatureKind Kind, int Start, int Length, int Dropped = 0)
{
    public string Describe(string normalized)
    {
        var text = normalized.AsSpan(Start, Length);
        return Kind switch
        {
            FeatureKind.Word or FeatureKind.WordPair => text.ToString(),
            FeatureKind.FirstWord => $"[start] {text}",
            FeatureKind.IdeographTriple => text.ToString(),
            FeatureKind.LastWord => $"{text} [end]",
            FeatureKind.InnerChars => $"chars {text}",
            FeatureKind.CharsAtStart => $"chars <{text}",
            FeatureKind.CharsAtEnd => $"chars {text}>",
            FeatureKind.WholeWordChars => $"chars <{text}>",
            FeatureKind.NegatedWord => $"not~{text}",
            FeatureKind.WordLessOneLetter when Dropped == Length => $"~{text}",
            FeatureKind.WordLessOneLetter => $"~{text[..Dropped]}_{text[(Dropped + 1)..]}",
            _ => $"[{WordCountBands.Describe(Start)}]",
        };
    }
}

/// <summary>How long a message is says something on its own: "STOP" and "stop by at 3" differ in length first.</summary>
public static class WordCountBands
{
    private static readonly int[] UpperBounds = [0, 1, 2, 3, 5, 8, 12, int.MaxValue];

    public static int Of(int words)
    {
        var band = 0;
        while (words > UpperBounds[band]) band++;
        return band;
    }

    public static string Describe(int band) => band switch
    {
        0 => "no words",
        1 => "1 word",
        _ when UpperBounds[band] == int.MaxValue => $"{UpperBounds[band - 1] + 1}+ words",
        _ when UpperBounds[band - 1] + 1 == UpperBounds[band] => $"{UpperBounds[band]} words",
        _ => $"{UpperBounds[band - 1] + 1}-{UpperBounds[band]} words",
    };
}
