using System.Globalization;

namespace OptInDashboard.Intent.Cli;

/// <summary>
/// stdin to stdout, one message a line: intent, confidence, action, message, tab-separated. The action is
/// what the app would do for a contact who is opted in (for a free-text opt-in: one who is opted out).
/// </summary>
internal static class ClassifyCommand
{
    public const string Usage = "classify   (messages on stdin, one a line)";

    public static int Run(IntentTriage triage, TextReader input, TextWriter output)
    {
        while (input.ReadLine() is { } line)
        {
            var result = triage.Triage(line);
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
