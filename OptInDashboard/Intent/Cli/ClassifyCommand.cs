using OptInDashboard.Consent;
using System.Globalization;

namespace OptInDashboard.Intent.Cli;

/// <summary>
/// stdin to stdout, one message a line: intent, confidence, action, message, tab-separated. The action is
/// what the app would do for a contact who is opted in (for a free-text opt-in: one who is opted out).
/// </summary>
internal static class ClassifyCommand
{
    public const string Usage = "classify [--account ID]   (messages on stdin, one a line; the account's keywords, or the built-in ones)";

    public static int Run(IntentTriage triage, IReadOnlyDictionary<string, KeywordAction>? keywords, TextReader input, TextWriter output)
    {
        while (input.ReadLine() is { } line)
        {
            var result = triage.Triage(line, keywords);
            output.Write(result.Intent.ToLabel());
            output.Write('\t');
            output.Write(result.Confidence.ToString("0.0000", CultureInfo.InvariantCulture));
            output.Write('\t');
            output.Write(result.Action.ToLabel());
            output.Write('\t');
            output.WriteLine(line);
        }
        return 0;
    }
}
