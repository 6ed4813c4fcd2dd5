#:property PublishAot=false
// Writes the intent model's labelled messages (OptInDashboard/Intent/Data/intents.tsv) from the
// hand-written grammar beside it: each template is expanded into a set number of distinct messages,
// then roughed up the way thumbs and phones rough up texts (case, punctuation, typos, txt-speak,
// stretched letters, dropped accents and apostrophes, fillers, emoji, spacing). The noise depends on
// the message's language (no English txt-speak in Korean, no typos inside Chinese characters) but never
// on its label, so it teaches the model what to ignore rather than a shortcut.
// Deterministic: the same grammar gives the same file. Run from the repository root:
//   dotnet run tools/intent-data/generate.cs
using System.Text;

var grammarPath = args.Length > 0 ? args[0] : "OptInDashboard/Intent/Data/intents.grammar";
var outputPath = args.Length > 1 ? args[1] : "OptInDashboard/Intent/Data/intents.tsv";

var grammar = Grammar.Parse(File.ReadAllLines(grammarPath, Encoding.UTF8));
var labels = new Dictionary<string, string>(StringComparer.Ordinal);
var rows = new List<(string Label, string Language, string Text)>();
var clean = new HashSet<(string Label, string Language, string Text)>();
foreach (var template in grammar.Templates)
{
    // Each template draws from its own stream, seeded by its text: editing one template changes only its messages.
    var random = new SplitMix(20261122 ^ Fnv1a64(template.Label + "\t" + template.Language + "\t" + template.Source));
    foreach (var message in grammar.Sample(template, random))
    {
        clean.Add((template.Label, template.Language, message));
        var text = Noise.Apply(message, template.Language, random);
        if (labels.TryGetValue(text, out var earlier))
        {
            if (earlier != template.Label)
                throw new InvalidDataException($"line {template.Line}: \"{text}\" is both {earlier} and {template.Label}");
            continue;
        }
        labels[text] = template.Label;
        rows.Add((template.Label, template.Language, text));
    }
}

using (var output = new StreamWriter(outputPath, false, new UTF8Encoding(false)) { NewLine = "\n" })
{
    output.WriteLine("label\tlanguage\tmessage");
    foreach (var (label, language, text) in rows) output.WriteLine($"{label}\t{language}\t{text}");
}
Console.Error.WriteLine($"{rows.Count} messages written to {outputPath}, from {grammar.Templates.Count} templates.");
Console.Error.WriteLine("Messages per label and language, as written:");
Console.Error.WriteLine(CountTable(rows.Select(r => (r.Label, r.Language)).ToList()));
Console.Error.WriteLine("Distinct messages before noise (what the grammar itself says):");
Console.Error.WriteLine(CountTable(clean.Select(c => (c.Label, c.Language)).ToList()));

// Rows per label (lines) and language (columns), in the order the grammar defines them.
static string CountTable(List<(string Label, string Language)> rows)
{
    var languages = Grammar.Languages.Where(l => rows.Any(r => r.Language == l)).ToList();
    var table = new StringBuilder();
    table.Append($"{"",-15}").AppendJoin("", languages.Select(l => $"{l,8}")).AppendLine($"{"total",8}");
    foreach (var label in Grammar.Labels)
    {
        table.Append($"{label,-15}");
        foreach (var language in languages) table.Append($"{rows.Count(r => r.Label == label && r.Language == language),8}");
        table.AppendLine($"{rows.Count(r => r.Label == label),8}");
    }
    table.Append($"{"total",-15}").AppendJoin("", languages.Select(l => $"{rows.Count(r => r.Language == l),8}")).Append($"{rows.Count,8}");
    return table.ToString();
}

static ulong Fnv1a64(string text)
{
    var hash = 14695981039346656037UL;
    foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 1099511628211UL;
    return hash;
}

/// <summary>SplitMix64: a fixed algorithm, so the file does not change with the runtime's Random.</summary>
sealed class SplitMix(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    public int Below(int n) => (int)(Next() % (ulong)n);

    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}

/// <summary>
/// The grammar: "$slot = a | b | c" defines a slot; "[label]" or "[label language]" starts a section
/// (no language means English); any other line is a template, optionally prefixed "*N " for how many
/// distinct messages to draw from it (default 1). In templates "{a|b|}" picks one option (the empty one
/// included) and "$slot" picks one of the slot's. Lines starting with "#" are comments.
/// </summary>
sealed class Grammar
{
    public static readonly string[] Labels = ["other", "opt-out", "opt-in", "help", "wrong-number", "stop-marketing"];
    public static readonly string[] Languages = ["en", "es", "vi", "zh-Hans", "zh-Hant", "ko", "tl", "pt", "fr", "mix"];

    private readonly Dictionary<string, Node> _slots = new(StringComparer.Ordinal);
    public List<Template> Templates { get; } = [];

    public static Grammar Parse(string[] lines)
    {
        var grammar = new Grammar();
        string? label = null;
        var language = "en";
        for (var i = 0; i < lines.Length; i++)
        {
            // NFC, so that a Vietnamese letter is one character whether the editor composed it or not.
            var line = lines[i].Trim().Normalize(NormalizationForm.FormC);
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var header = line[1..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                label = header.Length > 0 ? header[0] : "";
                language = header.Length > 1 ? header[1] : "en";
                if (header.Length > 2 || !Labels.Contains(label) || !Languages.Contains(language))
                    throw new InvalidDataException($"line {i + 1}: expected [label] or [label language], with a label of {string.Join(", ", Labels)} and a language of {string.Join(", ", Languages)}");
                continue;
            }
            if (line.StartsWith('$') && line.IndexOf(" = ", StringComparison.Ordinal) is var eq and > 0)
            {
                var options = SplitTopLevel(line[(eq + 3)..]).Select(o => Parser.Parse(o.Trim(), i + 1)).ToArray();
                grammar._slots[line[1..eq].Trim()] = new Choice(options);
                continue;
            }
            if (label is null) throw new InvalidDataException($"line {i + 1}: a template before any [label]");
            var count = 1;
            if (line.StartsWith('*'))
            {
                var space = line.IndexOf(' ');
                count = int.Parse(line[1..space]);
                line = line[(space + 1)..].Trim();
            }
            grammar.Templates.Add(new Template(label, language, line, Parser.Parse(line, i + 1), count, i + 1));
        }
        return grammar;
    }

    /// <summary>Up to Count distinct messages; a template with fewer possible messages gives what it has.</summary>
    public IEnumerable<string> Sample(Template template, SplitMix random)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < template.Count * 20 && seen.Count < template.Count; attempt++)
        {
            var builder = new StringBuilder();
            Expand(template.Root, random, builder, template.Line);
            var text = Tidy(builder.ToString());
            if (text.Length > 0 && seen.Add(text)) yield return text;
        }
    }

    private void Expand(Node node, SplitMix random, StringBuilder into, int line)
    {
        switch (node)
        {
            case Literal literal: into.Append(literal.Text); break;
            case Sequence sequence: foreach (var part in sequence.Parts) Expand(part, random, into, line); break;
            case Choice choice: Expand(random.Pick(choice.Options), random, into, line); break;
            case SlotRef slot:
                if (!_slots.TryGetValue(slot.Name, out var definition)) throw new InvalidDataException($"line {line}: no slot ${slot.Name}");
                Expand(definition, random, into, line);
                break;
        }
    }

    /// <summary>Empty options leave doubled spaces and spaces before punctuation behind.</summary>
    private static string Tidy(string text)
    {
        var tidy = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ' ' && (tidy.Length == 0 || tidy[^1] == ' ')) continue;
            if (c is ',' or '.' or '!' && tidy.Length > 0 && tidy[^1] == ' ') tidy.Length--;
            tidy.Append(c);
        }
        return tidy.ToString().Trim();
    }

    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}') depth--;
            else if (text[i] == '|' && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }
}

sealed record Template(string Label, string Language, string Source, Node Root, int Count, int Line);
abstract record Node;
sealed record Literal(string Text) : Node;
sealed record Sequence(Node[] Parts) : Node;
sealed record Choice(Node[] Options) : Node;
sealed record SlotRef(string Name) : Node;

static class Parser
{
    public static Node Parse(string text, int line)
    {
        var position = 0;
        var node = ParseSequence(text, ref position, line, nested: false);
        if (position != text.Length) throw new InvalidDataException($"line {line}: unbalanced '}}'");
        return node;
    }

    private static Sequence ParseSequence(string text, ref int position, int line, bool nested)
    {
        var parts = new List<Node>();
        var literal = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position];
            if (nested && c is '|' or '}') break;
            if (!nested && c == '}') break;
            if (c == '{')
            {
                Flush();
                position++;
                var options = new List<Node>();
                while (true)
                {
                    options.Add(ParseSequence(text, ref position, line, nested: true));
                    if (position >= text.Length) throw new InvalidDataException($"line {line}: unclosed '{{'");
                    if (text[position++] == '}') break;
                }
                parts.Add(new Choice([.. options]));
            }
            else if (c == '$' && position + 1 < text.Length && char.IsAsciiLetter(text[position + 1]))
            {
                // A slot name is ASCII, so "$zh_name的" is the slot zh_name followed by 的.
                Flush();
                var start = ++position;
                while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_')) position++;
                parts.Add(new SlotRef(text[start..position]));
            }
            else
            {
                literal.Append(c);
                position++;
            }
        }
        Flush();
        return new Sequence([.. parts]);

        void Flush()
        {
            if (literal.Length > 0) parts.Add(new Literal(literal.ToString()));
            literal.Clear();
        }
    }
}

/// <summary>How people actually type. Every change keeps the meaning, so the label stands.</summary>
static class Noise
{
    private static readonly string[] Emoji = ["🙂", "🙏", "😅", "🤷", "🚗", "👀", "😬", "🤔"];
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public static string Apply(string text, string language, SplitMix r)
    {
        var style = Style.Of(language);
        if (r.Chance(0.08)) text = r.Pick(style.Prefixes) + style.Joiner + text;
        if (r.Chance(0.06)) text += r.Pick(style.Suffixes);
        if (r.Chance(0.15)) text = Abbreviate(text, style.TxtSpeak, r);
        if (r.Chance(0.35)) text = text.Replace("'", "");
        else if (r.Chance(0.1)) text = text.Replace('\'', '\u2019');
        if (r.Chance(style.DropAccents)) text = DropAccents(text);
        if (style.Typos && r.Chance(0.12)) text = Typo(text, r);
        if (style.Typos && r.Chance(0.04)) text = Stretch(text, r);
        text = Case(text, r);
        if (r.Chance(0.3)) text = text.TrimEnd('.', '!', '。', '！');
        if (r.Chance(0.3) && !text.EndsWith('?') && !text.EndsWith('？')) text += r.Pick(style.Endings);
        if (r.Chance(0.05)) text += " " + r.Pick(Emoji);
        if (language is "zh-Hans" or "zh-Hant") text = ChineseTyping(text, r);
        if (language == "ko" && r.Chance(0.15)) text = text.Replace(" ", "");
        return Spacing(text, r);
    }

    private static string Abbreviate(string text, IReadOnlyList<(string Word, string[] Spellings)> txtSpeak, SplitMix r)
    {
        foreach (var (word, spellings) in txtSpeak)
        {
            if (r.Chance(0.3)) continue;
            text = ReplaceWord(text, word, r.Pick(spellings));
        }
        return text;
    }

    private static string ReplaceWord(string text, string word, string with)
    {
        var index = 0;
        while ((index = text.IndexOf(word, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = index + word.Length;
            var whole = (index == 0 || !char.IsLetter(text[index - 1])) && (end == text.Length || !char.IsLetter(text[end]));
            if (whole)
            {
                text = text[..index] + with + text[end..];
                index += with.Length;
            }
            else
            {
                index = end;
            }
        }
        return text;
    }

    /// <summary>
    /// Accents off Latin letters only ("đừng nhắn tin nữa" → "dung nhan tin nua", "não" → "nao"):
    /// Hangul would fall apart into its jamo under the same decomposition.
    /// </summary>
    private static string DropAccents(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is 'đ') result.Append('d');
            else if (c is 'Đ') result.Append('D');
            else if (!IsLatin(c)) result.Append(c);
            else
                foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                    if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(d) != System.Globalization.UnicodeCategory.NonSpacingMark) result.Append(d);
        }
        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsLatin(char c) => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF';

    /// <summary>One slip of the thumb in one Latin-letter word of four letters or more.</summary>
    private static string Typo(string text, SplitMix r)
    {
        var words = text.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 4 && words[i].All(c => char.IsLetter(c) && IsLatin(c))).ToList();
        if (candidates.Count == 0) return text;
        var index = r.Pick(candidates);
        var w = words[index];
        var at = 1 + r.Below(w.Length - 2);
        words[index] = r.Below(4) switch
        {
            0 => w.Remove(at, 1),
            1 => w[..at] + w[at + 1] + w[at] + w[(at + 2)..],
            2 => w.Insert(at, w[at].ToString()),
            _ => w[..at] + Neighbour(w[at], r) + w[(at + 1)..],
        };
        return string.Join(' ', words);
    }

    private static char Neighbour(char c, SplitMix r)
    {
        foreach (var row in Rows)
        {
            var i = row.IndexOf(char.ToLowerInvariant(c));
            if (i < 0) continue;
            var j = i == 0 ? 1 : i == row.Length - 1 ? i - 1 : i + (r.Chance(0.5) ? 1 : -1);
            return char.IsUpper(c) ? char.ToUpperInvariant(row[j]) : row[j];
        }
        return c;
    }

    /// <summary>"stoooop", "pleeeease": a vowel held for emphasis.</summary>
    private static string Stretch(string text, SplitMix r)
    {
        var vowels = Enumerable.Range(0, text.Length).Where(i => "aeiouAEIOU".Contains(text[i])).ToList();
        if (vowels.Count == 0) return text;
        var at = r.Pick(vowels);
        return text.Insert(at, new string(text[at], 2 + r.Below(4)));
    }

    private static string Case(string text, SplitMix r)
    {
        var roll = r.Below(100);
        if (roll < 45) return text.ToLowerInvariant();
        if (roll < 80) return text;
        if (roll < 92) return text.ToUpperInvariant();
        return text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>
    /// A Chinese keyboard switches punctuation between full and half width, can type Latin letters
    /// full width ("ＴＤ"), and some people put spaces between phrases. The characters stay as written.
    /// </summary>
    private static string ChineseTyping(string text, SplitMix r)
    {
        const string half = ",.!?:;~()";
        const string full = "，。！？：；～（）";
        if (r.Chance(0.3))
        {
            var toFull = r.Chance(0.5);
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (toFull && half.IndexOf(chars[i]) is var h and >= 0) chars[i] = full[h];
                else if (!toFull && full.IndexOf(chars[i]) is var f and >= 0) chars[i] = half[f];
            }
            text = new string(chars);
        }
        if (r.Chance(0.05))
            text = new string(text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c).ToArray());
        if (r.Chance(0.05))
        {
            var gaps = Enumerable.Range(1, Math.Max(0, text.Length - 1)).Where(i => IsHan(text[i - 1]) && IsHan(text[i])).ToList();
            if (gaps.Count > 0) text = text.Insert(r.Pick(gaps), " ");
        }
        return text;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static string Spacing(string text, SplitMix r)
    {
        var spaces = Enumerable.Range(0, text.Length).Where(i => text[i] == ' ').ToList();
        if (spaces.Count > 0 && r.Chance(0.05)) text = text.Insert(r.Pick(spaces), " ");
        else if (spaces.Count > 0 && r.Chance(0.03)) text = text.Remove(r.Pick(spaces), 1);
        if (r.Chance(0.03)) text = " " + text;
        if (r.Chance(0.03)) text += " ";
        return text;
    }
}

/// <summary>What noise suits a language: its own txt-speak, fillers and sentence ends.</summary>
sealed record Style(
    IReadOnlyList<(string Word, string[] Spellings)> TxtSpeak, double DropAccents, bool Typos,
    string[] Prefixes, string[] Suffixes, string[] Endings, string Joiner)
{
    private static readonly string[] LatinEndings = [".", "!", "!!", "...", "!!!", " !", "..", "."];

    private static readonly (string, string[])[] English =
    [
        ("you", ["u", "ya"]), ("your", ["ur", "yr"]), ("please", ["pls", "plz", "plez"]), ("text", ["txt"]),
        ("texts", ["txts"]), ("texting", ["txting", "txtin", "textin"]), ("message", ["msg"]), ("messages", ["msgs"]),
        ("thanks", ["thx", "ty", "thnx"]), ("are", ["r"]), ("okay", ["k", "kk"]), ("because", ["bc", "cuz"]),
        ("tomorrow", ["tmrw", "tmr"]), ("I'm", ["im", "Im"]), ("don't", ["dont", "dnt"]), ("about", ["abt"]),
        ("going to", ["gonna"]), ("want to", ["wanna"]), ("right now", ["rn"]), ("what", ["wat", "wut"]),
    ];

    private static readonly (string, string[])[] Spanish =
    [
        ("mensajes", ["msjs", "mensajs"]), ("mensaje", ["msj"]), ("por favor", ["porfa", "xfa", "porfavor"]), ("que", ["q"]),
        ("porque", ["xq", "pq"]), ("también", ["tmb"]), ("gracias", ["grax", "grs"]),
    ];

    private static readonly (string, string[])[] Vietnamese =
    [
        ("không", ["ko", "k", "hok", "hông"]), ("được", ["dc", "đc"]), ("nhắn tin", ["nt"]), ("tin nhắn", ["tn"]),
        ("gì", ["j"]), ("rồi", ["r"]), ("với", ["vs"]), ("biết", ["bít"]), ("vậy", ["v", "z"]), ("thôi", ["thui"]),
        ("anh", ["a"]), ("em", ["e"]), ("chị", ["c"]),
    ];

    private static readonly (string, string[])[] Tagalog =
    [
        ("lang", ["lng"]), ("ngayon", ["ngaun", "ngaon"]), ("hindi", ["di", "hnd"]), ("kayo", ["kau"]),
        ("niyo", ["nyo"]), ("ninyo", ["nyo", "niyo"]), ("salamat", ["slamat", "tnx"]), ("huwag", ["wag"]),
        ("please", ["pls", "plz"]), ("text", ["txt"]), ("number", ["num", "no."]),
    ];

    private static readonly (string, string[])[] Portuguese =
    [
        ("você", ["vc", "voce"]), ("vocês", ["vcs"]), ("não", ["n", "nao"]), ("mensagem", ["msg"]), ("mensagens", ["msgs", "msg"]),
        ("por favor", ["pfv", "pf", "por fvr"]), ("que", ["q"]), ("também", ["tb", "tbm"]),
        ("obrigado", ["obg", "brigado"]), ("obrigada", ["obg", "brigada"]), ("está", ["tá", "ta"]), ("hoje", ["hj"]), ("beleza", ["blz"]),
    ];

    private static readonly (string, string[])[] French =
    [
        ("s'il vous plaît", ["svp", "SVP"]), ("s'il te plaît", ["stp"]), ("message", ["msg"]), ("messages", ["msg", "msgs"]),
        ("beaucoup", ["bcp"]), ("pourquoi", ["pk", "pq"]), ("rendez-vous", ["rdv"]), ("aujourd'hui", ["auj"]),
        ("d'accord", ["dac", "dacc"]), ("je suis", ["chui", "jsuis"]), ("c'est", ["c", "cest"]),
    ];

    private static readonly string[] EnglishPrefixes = ["hi", "hey", "hello", "ok", "um", "so", "sorry", "Hi there,", "yo", "Good morning,", "hey there", "ok so"];
    private static readonly string[] EnglishSuffixes = [" thanks", " thx", " ty", " - Mike", ". This is Sarah", " 🙏", " 🙂", " lol", " thank you", " please", " - Linda", ". This is Dave"];

    private static readonly Dictionary<string, Style> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = new([.. English], 0.35, true, EnglishPrefixes, EnglishSuffixes, LatinEndings, " "),
        ["mix"] = new([.. English, .. Spanish, .. Tagalog, .. Vietnamese], 0.4, true, EnglishPrefixes, EnglishSuffixes, LatinEndings, " "),
        ["es"] = new([.. Spanish], 0.4, true,
            ["hola", "buenas", "buenos días", "oiga", "oigan", "disculpe", "mire", "hola buenas tardes,", "ok", "perdón"],
            [" gracias", " muchas gracias", " - Rosa", ". Soy Jose", " 🙏", " por favor", " saludos", " porfa"], [.. LatinEndings, " 🙏"], " "),
        ["pt"] = new([.. Portuguese], 0.4, true,
            ["oi", "olá", "bom dia", "boa tarde", "opa", "oi tudo bem?", "ei", "desculpa", "então"],
            [" obrigado", " obrigada", " valeu", " - Ana", ". Aqui é o João", " 🙏", " por favor", " grato"], LatinEndings, " "),
        ["fr"] = new([.. French], 0.4, true,
            ["bonjour", "salut", "allô", "bonsoir", "oui bonjour", "excusez-moi", "euh", "bonjour madame", "bonjour monsieur"],
            [" merci", " merci beaucoup", " - Sophie", ". C'est Marc", " 🙏", " svp", " cordialement", " bonne journée"], LatinEndings, " "),
        ["vi"] = new([.. Vietnamese], 0.55, true,
            ["chào anh", "chào chị", "dạ", "alo", "xin chào", "dạ chào anh", "anh ơi", "chị ơi", "dạ anh"],
            [" ạ", " nha", " nhé", " cảm ơn", " cám ơn nhiều", " - Lan", " 🙏", " nhé anh", " dạ"], [.. LatinEndings, " ạ"], " "),
        ["tl"] = new([.. Tagalog], 0.3, true,
            ["hello po", "hi po", "good morning po", "ay", "ah", "uy", "hello", "sir", "ma'am", "excuse me po"],
            [" po", " salamat", " salamat po", " thank you po", " - Joy", " 🙏", " please", " ty po"], LatinEndings, " "),
        ["ko"] = new([("감사합니다", ["감사해요", "ㄳ", "감사"])], 0, false,
            ["안녕하세요", "저기요", "여보세요", "네", "아", "저", "안녕하세요."],
            [" 감사합니다", " ㅠㅠ", " 🙏", " 부탁드립니다", " 수고하세요"], [".", "!", "~", "~~", "ㅠㅠ", "..", "!!", "ㅡㅡ"], " "),
        ["zh-Hans"] = new([], 0, false,
            ["你好，", "您好，", "喂，", "不好意思，", "那个，", "你好"],
            ["，谢谢", " 谢谢", "，麻烦了", " 🙏", "！谢谢", "，辛苦了"], ["。", "！", "！！", "~", "…", "!!", "."], ""),
        ["zh-Hant"] = new([], 0, false,
            ["你好，", "您好，", "喂，", "不好意思，", "那個，", "你好"],
            ["，謝謝", " 謝謝", "，麻煩了", " 🙏", "！謝謝", "，唔該"], ["。", "！", "！！", "~", "…", "!!", "."], ""),
    };

    public static Style Of(string language) => ByLanguage[language];
}
