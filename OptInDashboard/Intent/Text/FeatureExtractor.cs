using System.Text;

namespace OptInDashboard.Intent.Text;

/// <summary>
/// The features of a normalised text, hashed into 2^bits buckets: each word, each pair of neighbouring
/// words, the first and last word, character 3- to 5-grams of each word with its edges marked (they carry
/// typos and unseen inflections: "unsubcribe" shares most of them with "unsubscribe"), each of the few
/// words after a negation (up to the end of its clause) marked as negated, short words with one letter
/// left out, and a word-count band.
/// </summary>
public static class FeatureExtractor
{
    /// <summary>Part of the model file: a model trained on one feature set must not read another.</summary>
    public const int Version = 3;

    private const int MinChars = 3;
    private const int MaxChars = 5;

    /// <summary>
    /// How far a negation reaches. Words alone cannot tell "I would like to get texts" from "I would like to
    /// not get texts", or "stop sending updates" from "don't stop sending updates"; marked words can.
    /// </summary>
    private const int NegationReach = 3;

    /// <summary>
    /// Words this long also count whole and with each letter left out in turn, all in one space. A typo in a
    /// short word spoils most of its character n-grams ("srop" shares one 3-gram with "stop"), but a
    /// substitution or swap leaves a one-letter deletion in common ("s_op"), and an extra letter ("sttop")
    /// gives the word itself: the symmetric-delete idea of spelling correctors.
    /// </summary>
    private const int MinDeletionWord = 3;
    private const int MaxDeletionWord = 8;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations =
        new HashSet<string>(["not", "no", "dont", "didnt", "doesnt", "never", "dnt", "wont", "cant", "cannot", "nor", "isnt", "wasnt", "arent", "without", "nunca", "ni"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Extract(string normalized, int bucketBits, List<Feature> features)
    {
        features.Clear();
        var mask = (1 << bucketBits) - 1;
        var words = 0;
        var negatedWordsLeft = 0;
        var previousStart = -1;
        var beforePreviousStart = -1;
        var start = 0;
        while (start < normalized.Length)
        {
            var end = normalized.IndexOf(' ', start);
            if (end < 0) end = normalized.Length;
            var length = end - start;
            words++;

            features.Add(Hashed(FeatureKind.Word, normalized, start, length, mask));
            if (previousStart < 0) features.Add(Hashed(FeatureKind.FirstWord, normalized, start, length, mask));
            else features.Add(Hashed(FeatureKind.WordPair, normalized, previousStart, end - previousStart, mask));
            // Chinese characters are one token each: three in a row ("取消訂") tell "cancel the subscription" from
            // "cancel the appointment" where pairs alone ("取消") cannot.
            if (beforePreviousStart >= 0 && IsIdeographToken(normalized, beforePreviousStart, previousStart) && IsIdeographToken(normalized, previousStart, start) && IsIdeographToken(normalized, start, end + 1))
                features.Add(Hashed(FeatureKind.IdeographTriple, normalized, beforePreviousStart, end - beforePreviousStart, mask));
            if (end == normalized.Length) features.Add(Hashed(FeatureKind.LastWord, normalized, start, length, mask));
            if (char.IsLetter(normalized[start]))
            {
                AddCharGrams(normalized, start, length, mask, features);
                if (length is >= MinDeletionWord and <= MaxDeletionWord) AddDeletions(normalized, start, length, mask, features);
            }

            var word = normalized.AsSpan(start, length);
            if (word is TextNormalizer.ClauseBreak or "?")
            {
                negatedWordsLeft = 0;
            }
            else if (negatedWordsLeft > 0)
            {
                features.Add(Hashed(FeatureKind.NegatedWord, normalized, start, length, mask));
                negatedWordsLeft--;
            }
            if (Negations.Contains(word)) negatedWordsLeft = NegationReach;

            beforePreviousStart = previousStart;
            previousStart = start;
            start = end + 1;
        }

        var band = WordCountBands.Of(words);
        var count = new FeatureHash(FeatureKind.WordCount);
        count.Add((char)band);
        features.Add(new Feature(count.Bucket(mask), FeatureKind.WordCount, band, 0));
    }

    /// <summary>A token (from <paramref name="start"/> up to the space before <paramref name="next"/>) that is one Chinese or Japanese character.</summary>
    private static bool IsIdeographToken(string normalized, int start, int next)
    {
        var length = next - 1 - start;
        return length is 1 or 2 && Rune.DecodeFromUtf16(normalized.AsSpan(start, length), out var rune, out var used) == System.Buffers.OperationStatus.Done
            && used == length && rune.Value is >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x2FA1F;
    }

    /// <summary>N-grams of the word padded as "&lt;word&gt;"; the kind records which edges a gram includes.</summary>
    private static void AddCharGrams(string normalized, int wordStart, int wordLength, int mask, List<Feature> features)
    {
        var padded = wordLength + 2;
        // Korean words are two to four syllables, each one character, and inflect at the end ("보내지", "보내주지"):
        // syllable pairs carry the stem.
        var shortest = normalized[wordStart] is >= '\uAC00' and <= '\uD7A3' ? 2 : MinChars;
        for (var n = shortest; n <= MaxChars && n <= padded; n++)
        {
            for (var i = 0; i + n <= padded; i++)
            {
                var atStart = i == 0;
                var atEnd = i + n == padded;
                var from = atStart ? 0 : i - 1;
                var to = atEnd ? wordLength : i + n - 1;
                var kind = (atStart, atEnd) switch
                {
                    (true, true) => FeatureKind.WholeWordChars,
                    (true, false) => FeatureKind.CharsAtStart,
                    (false, true) => FeatureKind.CharsAtEnd,
                    _ => FeatureKind.InnerChars,
                };
                features.Add(Hashed(kind, normalized, wordStart + from, to - from, mask));
            }
        }
    }

    private static void AddDeletions(string normalized, int wordStart, int wordLength, int mask, List<Feature> features)
    {
        var word = normalized.AsSpan(wordStart, wordLength);
        var whole = new FeatureHash(FeatureKind.WordLessOneLetter);
        whole.Add(word);
        features.Add(new Feature(whole.Bucket(mask), FeatureKind.WordLessOneLetter, wordStart, wordLength, wordLength));
        if (wordLength == MinDeletionWord) return; // two letters left would match too much

        for (var dropped = 0; dropped < wordLength; dropped++)
        {
            // "stoop" less either "o" is "stop": one feature, not two.
            if (dropped > 0 && word[dropped] == word[dropped - 1]) continue;
            var hash = new FeatureHash(FeatureKind.WordLessOneLetter);
            hash.Add(word[..dropped]);
            hash.Add(word[(dropped + 1)..]);
            features.Add(new Feature(hash.Bucket(mask), FeatureKind.WordLessOneLetter, wordStart, wordLength, dropped));
        }
    }

    private static Feature Hashed(FeatureKind kind, string normalized, int start, int length, int mask)
    {
        var hash = new FeatureHash(kind);
        hash.Add(normalized.AsSpan(start, length));
        return new Feature(hash.Bucket(mask), kind, start, length);
    }
}
