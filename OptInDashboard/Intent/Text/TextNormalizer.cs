using System.Buffers;
using System.Globalization;
using System.Text;

namespace OptInDashboard.Intent.Text;

/// <summary>
/// Folds the ways people type the same words into one form, so the model learns words rather than
/// keyboards: look-alike letters as the letters they imitate (<see cref="LookAlikes"/>), lower case, accents
/// dropped ("envíen" = "envien", "đừng" = "dung"), apostrophes dropped ("don't" = "dont"),
/// letters stretched for emphasis squeezed ("stoooop" = "stop"), spaced-out letters joined ("s t o p"),
/// txt-speak expanded, every number one token "0", each emoji a token, "?" kept, a clause break (, ; . !)
/// between words kept as one ".", other punctuation a space. The result is tokens separated by single spaces. Runs on every inbound text, so it works in stack
/// buffers and allocates only the result.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Part of the model file: a model trained on one normalisation must not read another.</summary>
    public const int Version = 2;

    private const int StackLimit = 512;

    /// <summary>The token a clause break becomes: negation does not reach past it ("don't call me, text me").</summary>
    public const string ClauseBreak = ".";

    public static string Normalize(string text)
    {
        if (text.Length == 0) return "";
        text = LookAlikes.Fold(text);
        // Scanning writes at most one character per input character; joining may expand each one-letter
        // txt-speak token ("u", "k") to three characters, plus the spaces between tokens.
        var scanLength = text.Length;
        var outputLength = text.Length * 4 + 2;
        var tokenLimit = text.Length;

        char[]? rentedScan = null, rentedOutput = null;
        int[]? rentedTokens = null;
        Span<char> scanned = scanLength <= StackLimit ? stackalloc char[scanLength] : (rentedScan = ArrayPool<char>.Shared.Rent(scanLength));
        Span<char> output = outputLength <= StackLimit * 4 ? stackalloc char[outputLength] : (rentedOutput = ArrayPool<char>.Shared.Rent(outputLength));
        Span<int> bounds = tokenLimit <= StackLimit ? stackalloc int[tokenLimit * 2] : (rentedTokens = ArrayPool<int>.Shared.Rent(tokenLimit * 2));
        try
        {
            var scanner = new TokenScanner(scanned, bounds);
            scanner.Scan(text);
            var written = TokenJoiner.Join(scanned, bounds[..(scanner.TokenCount * 2)], output);
            return new string(output[..written]);
        }
        finally
        {
            if (rentedScan is not null) ArrayPool<char>.Shared.Return(rentedScan);
            if (rentedOutput is not null) ArrayPool<char>.Shared.Return(rentedOutput);
            if (rentedTokens is not null) ArrayPool<int>.Shared.Return(rentedTokens);
        }
    }

    /// <summary>Splits a text into tokens: each token's characters are written contiguously, its start and end recorded.</summary>
    private ref struct TokenScanner(Span<char> chars, Span<int> bounds)
    {
        private enum Kind { None, Word, Number, Symbol, Break }

        private readonly Span<char> _chars = chars;
        private readonly Span<int> _bounds = bounds;
        private int _length;
        private int _tokenStart;
        private Kind _kind;
        private bool _apostropheSeen;
        private char _squeezed;

        public int TokenCount { get; private set; }

        public void Scan(string text)
        {
            var remaining = text.AsSpan();
            while (!remaining.IsEmpty)
            {
                Rune.DecodeFromUtf16(remaining, out var rune, out var consumed);
                var source = remaining[..consumed];
                remaining = remaining[consumed..];

                if (IsIdeograph(rune)) AppendIdeograph(rune);
                else if (Rune.IsLetter(rune)) AppendLetter(rune);
                else if (Rune.IsDigit(rune)) AppendDigit();
                else if (rune.Value is '\'' or '\u2019' or '\u02BC' or '`') ContinueWord();
                else if (rune.Value is '?' or '？') AppendSymbol("?");
                else if (InsideNumber(rune, remaining)) continue;
                else if (rune.Value is ',' or ';' or '!' or '.' or '\n' or '，' or '、' or '。' or '！' or '；') AppendBreak();
                else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol) AppendSymbol(source);
                else if (!IsIgnorable(rune)) EndToken();
            }
            EndToken();
            if (TokenCount > 0 && IsBreak(TokenCount - 1)) TokenCount--;
        }

        /// <summary>"3.50", "1,200" and "10:30" are one number each, not clauses.</summary>
        private readonly bool InsideNumber(Rune rune, ReadOnlySpan<char> next) =>
            _kind == Kind.Number && rune.Value is '.' or ',' or ':' && !next.IsEmpty && char.IsAsciiDigit(next[0]);

        /// <summary>One break between clauses, none before the first word: "Stop!!" is "stop", "ok,, thanks" is "ok . thanks".</summary>
        private void AppendBreak()
        {
            EndToken();
            if (TokenCount == 0 || IsBreak(TokenCount - 1)) return;
            _chars[_length++] = ClauseBreak[0];
            _kind = Kind.Break;
            EndToken();
        }

        private readonly bool IsBreak(int token) =>
            _bounds[token * 2 + 1] - _bounds[token * 2] == 1 && _chars[_bounds[token * 2]] == ClauseBreak[0];

        /// <summary>Combining accents, emoji variation selectors, skin tones, joiners: part of the character before them.</summary>
        private static bool IsIgnorable(Rune rune) => Rune.GetUnicodeCategory(rune) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ModifierSymbol or UnicodeCategory.Format;

        private void AppendLetter(Rune letter)
        {
            if (_kind != Kind.Word) StartToken(Kind.Word);
            _apostropheSeen = false;
            var folded = Fold(letter);
            if (!folded.IsBmp)
            {
                _squeezed = '\0';
                _length += folded.EncodeToUtf16(_chars[_length..]);
                return;
            }
            var c = (char)folded.Value;
            if (c == _squeezed) return;
            _squeezed = '\0';
            _chars[_length++] = c;
            // Three or more of the same letter are one: "stoooop" is "stop", "pleeease" is "please".
            if (_length - _tokenStart >= 3 && _chars[_length - 2] == c && _chars[_length - 3] == c)
            {
                _length -= 2;
                _squeezed = c;
            }
        }

        /// <summary>
        /// Chinese and Japanese write no spaces and a character is often a word: each is a token of its own, so
        /// neighbouring pairs ("短信", "退订") become the word pairs the features already have.
        /// </summary>
        private void AppendIdeograph(Rune ideograph)
        {
            StartToken(Kind.Word);
            _length += ideograph.EncodeToUtf16(_chars[_length..]);
            EndToken();
        }

        private static bool IsIdeograph(Rune rune) => rune.Value is >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x2FA1F;

        private void AppendDigit()
        {
            if (_kind == Kind.Number) return;
            StartToken(Kind.Number);
            _chars[_length++] = '0';
        }

        /// <summary>An apostrophe inside a word keeps the word going; anywhere else it separates.</summary>
        private void ContinueWord()
        {
            if (_kind == Kind.Word && !_apostropheSeen) _apostropheSeen = true;
            else EndToken();
        }

        private void AppendSymbol(ReadOnlySpan<char> symbol)
        {
            // "??" and "🛑🛑🛑" say what one of them says.
            if (_kind == Kind.Symbol && _chars[_tokenStart.._length].SequenceEqual(symbol)) return;
            StartToken(Kind.Symbol);
            symbol.CopyTo(_chars[_length..]);
            _length += symbol.Length;
        }

        private void StartToken(Kind kind)
        {
            EndToken();
            _kind = kind;
            _tokenStart = _length;
        }

        private void EndToken()
        {
            if (_length > _tokenStart)
            {
                _bounds[TokenCount * 2] = _tokenStart;
                _bounds[TokenCount * 2 + 1] = _length;
                TokenCount++;
            }
            _tokenStart = _length;
            _kind = Kind.None;
            _apostropheSeen = false;
            _squeezed = '\0';
        }

        /// <summary>Lower case, and an accented Latin letter as the letter it is written on ("Ầ" is "a").</summary>
        private static Rune Fold(Rune letter)
        {
            var lower = Rune.ToLowerInvariant(letter);
            return lower.IsBmp && BaseLetters.Of((char)lower.Value) is not '\0' and var plain ? new Rune(char.ToLowerInvariant(plain)) : lower;
        }
    }

    /// <summary>Writes the tokens space-separated, joining spelled-out letters and expanding txt-speak.</summary>
    private static class TokenJoiner
    {
        public static int Join(ReadOnlySpan<char> chars, ReadOnlySpan<int> bounds, Span<char> output)
        {
            var written = 0;
            var tokens = bounds.Length / 2;
            for (var i = 0; i < tokens; i++)
            {
                if (written > 0) output[written++] = ' ';
                var wordStart = written;
                var spelled = SpelledOutLength(chars, bounds, i, out var letters);
                if (letters >= 3)
                {
                    for (var k = 0; k < spelled; k++)
                        if (chars[bounds[(i + k) * 2]] != ClauseBreak[0]) output[written++] = chars[bounds[(i + k) * 2]];
                    i += spelled - 1;
                }
                else
                {
                    var token = chars[bounds[i * 2]..bounds[i * 2 + 1]];
                    token.CopyTo(output[written..]);
                    written += token.Length;
                }
                if (TxtSpeak.TryExpand(output[wordStart..written], out var expansion))
                {
                    expansion.CopyTo(output[wordStart..]);
                    written = wordStart + expansion.Length;
                }
            }
            return written;
        }

        /// <summary>How many tokens from <paramref name="index"/> spell a word one letter at a time ("s t o p", "s.t.o.p").</summary>
        private static int SpelledOutLength(ReadOnlySpan<char> chars, ReadOnlySpan<int> bounds, int index, out int letters)
        {
            var tokens = bounds.Length / 2;
            letters = 0;
            var length = 0;
            for (var i = index; i < tokens && bounds[i * 2 + 1] - bounds[i * 2] == 1; i++)
            {
                var c = chars[bounds[i * 2]];
                var isLetter = char.IsAsciiLetter(c); // "s t o p"; never a run of Chinese characters, each a word
                if (!isLetter && (c != ClauseBreak[0] || i == index || i + 1 == tokens || !IsSingleLetter(chars, bounds, i + 1))) break;
                if (isLetter) letters++;
                length = i - index + 1;
            }
            return length;
        }

        private static bool IsSingleLetter(ReadOnlySpan<char> chars, ReadOnlySpan<int> bounds, int token) =>
            bounds[token * 2 + 1] - bounds[token * 2] == 1 && char.IsAsciiLetter(chars[bounds[token * 2]]);
    }
}
