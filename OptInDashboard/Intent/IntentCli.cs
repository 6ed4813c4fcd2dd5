using System.Text;
using Microsoft.Extensions.Options;
using OptInDashboard.Intent.Cli;

namespace OptInDashboard.Intent;

/// <summary>
/// The intent model's commands, run by the app's own binary before any web host is built:
/// <c>classify</c>, <c>train</c>, <c>evaluate</c>. Any other first argument is the web app's.
/// </summary>
public static class IntentCli
{
    private static readonly string[] Commands = ["classify", "train", "evaluate"];

    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || !Commands.Contains(args[0])) return false;

        using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        // Buffered, but line by line when someone is typing at it.
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = !Console.IsInputRedirected };
        exitCode = Run(args, input, output, Console.Error);
        return true;
    }

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        try
        {
            switch (args.FirstOrDefault())
            {
                case "train":
                    return TrainCommand.Run(new CliArguments(args, TrainCommand.Usage, ["--validate"], "--data", "--decisions", "--out", "--l1", "--l2", "--weight"), output);
                case "classify":
                {
                    var arguments = new CliArguments(args, ClassifyCommand.Usage, "--account");
                    using var host = CliHost.Build(withData: arguments["--account"] is not null);
                    return ClassifyCommand.Run(host.Services.GetRequiredService<IntentTriage>(), CliHost.Keywords(host, arguments), input, output);
                }
                case "evaluate":
                {
                    var arguments = new CliArguments(args, EvaluateCommand.Usage, "--data", "--model", "--account");
                    using var host = CliHost.Build(withData: arguments["--account"] is not null);
                    return EvaluateCommand.Run(arguments, host.Services, CliHost.Keywords(host, arguments), output);
                }
                default:
                    throw new CliUsageException($"Commands: {ClassifyCommand.Usage} | {TrainCommand.Usage} | {EvaluateCommand.Usage}");
            }
        }
        catch (Exception ex) when (ex is CliUsageException or OptionsValidationException or InvalidDataException or IOException or FormatException)
        {
            error.WriteLine(ex.Message);
            return 2;
        }
    }
}
