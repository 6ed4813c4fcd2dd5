using System.Globalization;

namespace OptInDashboard.Benchmarks;

/// <summary>A command's "--name value" pairs; an unknown name or a missing value is an error that shows the usage.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public CommandLine(string[] args, IReadOnlySet<string> names, string usage)
    {
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"Expected '--name value' pairs, got '{args[i]}'. Usage: {usage}");
            if (!names.Contains(args[i][2..]))
                throw new ArgumentException($"Unknown option '{args[i]}'. Usage: {usage}");
            _values[args[i][2..]] = args[i + 1];
        }
    }

    public static bool WantsHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "help");

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback) => Get(name) is not { } v ? fallback
        : int.TryParse(v, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n
        : throw new ArgumentException($"--{name} takes a whole number, not '{v}'.");
}
