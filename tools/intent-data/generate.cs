#:property PublishAot=false
// Writes the intent model's labelled messages (OptInDashboard/Intent/Data/intents.tsv) from the
// hand-written grammar beside it: each template is expanded into a set number of distinct messages,
// then roughed up the way thumbs and phones rough up texts (case, punctuation, typos, txt-speak,
// stretched letters, dropped accents and apostrophes, fillers, emoji, spacing). The noise never depends
// on the label, so it teaches the model what to ignore rather than a shortcut.
// Deterministic: the same grammar gives the same file. Run from the repository root:
//   dotnet run tools/intent-data/generate.cs
using System.Text;

var grammarPath = args.Length > 0 ? args[0] : "OptInDashboard/Intent/Data/intents.grammar";
var outputPath = args.Length > 1 ? args[1] : "OptInDashboard/Intent/Data/intents.tsv";

var grammar = Grammar.Parse(File.ReadAllLines(grammarPath, Encoding.UTF8));
var labels = new Dictionary<string, string>(StringComparer.Ordinal);
var rows = new List<(string Label, string Text)>();
foreach (var template in grammar.Templates)
{
    // Each template draws from its own stream, seeded by its text: editing one template changes only its messages.
    var random = new SplitMix(20261122 ^ Fnv1a64(template.Label + "\t" + template.Source));
    foreach (var clean in grammar.Sample(template, random))
    {
        var text = Noise.Apply(clean, random);
        if (labels.TryGetValue(text, out var earlier))
        {
            if (earlier != template.Label)
                throw new InvalidDataException($"line {template.Line}: \"{text}\" is both {earlier} and {template.Label}");
            continue;
        }
        labels[text] = template.Label;
        rows.Add((template.Label, text));
    }
}

using (var output = new StreamWriter(outputPath, false, new UTF8Encoding(false)) { NewLine = "\n" })
{
    output.WriteLine("label\tmessage");
    foreach (var (label, text) in rows) output.WriteLine($"{label}\t{text}");
}
Console.Error.WriteLine($"{rows.Count} messages written to {outputPath}: " +
    string.Join(", ", rows.GroupBy(r => r.Label).Select(g => $"{g.Key} {g.Count()}")));

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
/// The grammar: "$slot = a | b | c" defines a slot; "[label]" starts a section; any other line is a
/// template, optionally prefixed "*N " for how many distinct messages to draw from it (default 1).
/// In templates "{a|b|}" picks one option (the empty one included) and "$slot" picks one of the slot's.
/// Lines starting with "#" are comments.
/// </summary>
sealed class Grammar
{
    private readonly Dictionary<string, Node> _slots = new(StringComparer.Ordinal);
    public List<Template> Templates { get; } = [];

    public static Grammar Parse(string[] lines)
    {
        var grammar = new Grammar();
        string? label = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                label = line[1..^1];
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
            grammar.Templates.Add(new Template(label, line, Parser.Parse(line, i + 1), count, i + 1));
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

sealed record Template(string Label, string Source, Node Root, int Count, int Line);
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
            else if (c == '$' && position + 1 < text.Length && char.IsLetter(text[position + 1]))
            {
                Flush();
                var start = ++position;
                while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_')) position++;
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
    private static readonly Dictionary<string, string[]> TxtSpeak = new(StringComparer.OrdinalIgnoreCase)
    {
        ["you"] = ["u", "ya"], ["your"] = ["ur", "yr"], ["please"] = ["pls", "plz", "plez"], ["text"] = ["txt"],
        ["texts"] = ["txts"], ["texting"] = ["txting", "txtin", "textin"], ["message"] = ["msg"], ["messages"] = ["msgs"],
        ["thanks"] = ["thx", "ty", "thnx"], ["are"] = ["r"], ["okay"] = ["k", "kk"], ["because"] = ["bc", "cuz"],
        ["tomorrow"] = ["tmrw", "tmr"], ["I'm"] = ["im", "Im"], ["don't"] = ["dont", "dnt"], ["about"] = ["abt"],
        ["going to"] = ["gonna"], ["want to"] = ["wanna"], ["right now"] = ["rn"], ["what"] = ["wat", "wut"],
        ["mensajes"] = ["msjs", "mensajs"], ["por favor"] = ["porfa", "xfa"], ["que"] = ["q"],
    };

    private static readonly string[] Prefixes = ["hi", "hey", "hello", "ok", "um", "so", "sorry", "Hi there,", "hola", "yo", "Good morning,", "hey there", "ok so"];
    private static readonly string[] Suffixes = [" thanks", " thx", " ty", " - $name", ". This is $name", " 🙏", " 🙂", " lol", " thank you", " gracias", " please"];
    private static readonly string[] Names = ["Mike", "Maria", "Jose", "Sarah", "Tom", "Linda", "Carlos", "Jess", "Dave", "Ana"];
    private static readonly string[] Emoji = ["🙂", "🙏", "😅", "🤷", "🚗", "👀", "😬", "🤔"];
    private static readonly string[] Endings = [".", "!", "!!", "...", "!!!", " !", "..", "."];
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public static string Apply(string text, SplitMix r)
    {
        if (r.Chance(0.15)) text = Abbreviate(text, r);
        if (r.Chance(0.35)) text = text.Replace("'", "");
        else if (r.Chance(0.1)) text = text.Replace('\'', '\u2019');
        if (r.Chance(0.35)) text = DropAccents(text);
        if (r.Chance(0.12)) text = Typo(text, r);
        if (r.Chance(0.04)) text = Stretch(text, r);
        if (r.Chance(0.08)) text = r.Pick(Prefixes) + " " + text;
        if (r.Chance(0.06)) text += r.Pick(Suffixes).Replace("$name", r.Pick(Names));
        text = Case(text, r);
        if (r.Chance(0.3)) text = text.TrimEnd('.', '!');
        if (r.Chance(0.3) && !text.EndsWith('?')) text += r.Pick(Endings);
        if (r.Chance(0.05)) text += " " + r.Pick(Emoji);
        return Spacing(text, r);
    }

    private static string Abbreviate(string text, SplitMix r)
    {
        foreach (var (word, spellings) in TxtSpeak)
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

    private static string DropAccents(string text)
    {
        const string accented = "áéíóúüñÁÉÍÓÚÜÑ";
        const string plain = "aeiouunAEIOUUN";
        var result = text.ToCharArray();
        for (var i = 0; i < result.Length; i++)
            if (accented.IndexOf(result[i]) is var k and >= 0) result[i] = plain[k];
        return new string(result);
    }

    /// <summary>One slip of the thumb in one word of four letters or more.</summary>
    private static string Typo(string text, SplitMix r)
    {
        var words = text.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 4 && words[i].All(char.IsLetter)).ToList();
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
