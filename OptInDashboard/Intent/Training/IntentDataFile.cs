using System.Text;

namespace OptInDashboard.Intent.Training;

/// <summary>
/// The labelled messages: UTF-8 text, a header line "label\tmessage", then one message a line as
/// label, tab, message. Labels are those of <see cref="MessageIntentLabels"/>.
/// </summary>
public static class IntentDataFile
{
    public const string Header = "label\tmessage";

    public static IReadOnlyList<LabelledMessage> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    public static IReadOnlyList<LabelledMessage> Read(TextReader reader, string source)
    {
        if (reader.ReadLine() != Header)
            throw new InvalidDataException($"{source}: the first line must be the header \"label<TAB>message\".");

        var messages = new List<LabelledMessage>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var tab = line.IndexOf('\t');
            if (tab < 0 || !MessageIntentLabels.TryParse(line[..tab], out var intent))
                throw new InvalidDataException($"{source}:{lineNumber}: expected one of {string.Join(", ", MessageIntentLabels.All)}, a tab, then the message.");
            messages.Add(new LabelledMessage(intent, line[(tab + 1)..]));
        }
        return messages;
    }
}
