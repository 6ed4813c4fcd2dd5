using System.Text;

namespace OptInDashboard.Intent.Training;

/// <summary>
/// The labelled messages: UTF-8 text, a header line "label\tlanguage\tmessage", then one message a line as
/// label, tab, language, tab, message. Labels are those of <see cref="MessageIntentLabels"/>; languages are codes
/// such as en, es, vi, zh-Hans, or mix for a text in two languages.
/// </summary>
public static class IntentDataFile
{
    public const string Header = "label\tlanguage\tmessage";

    public static IReadOnlyList<LabelledMessage> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    public static IReadOnlyList<LabelledMessage> Read(TextReader reader, string source)
    {
        if (reader.ReadLine() != Header)
            throw new InvalidDataException($"{source}: the first line must be the header \"label<TAB>language<TAB>message\".");

        var messages = new List<LabelledMessage>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var fields = line.Split('\t', 3);
            if (fields.Length != 3 || !MessageIntentLabels.TryParse(fields[0], out var intent) || fields[1].Length == 0)
                throw new InvalidDataException($"{source}:{lineNumber}: expected one of {string.Join(", ", MessageIntentLabels.All)}, a tab, a language, a tab, then the message.");
            messages.Add(new LabelledMessage(intent, fields[2], fields[1]));
        }
        return messages;
    }
}
