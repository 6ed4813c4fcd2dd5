namespace OptInDashboard.Intent.Cli;

/// <summary>"--name value" pairs after the command; anything else is refused with the command's usage.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public CliArguments(string[] args, string usage, params string[] allowed)
    {
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!allowed.Contains(args[i]) || i + 1 >= args.Length) throw new CliUsageException($"Usage: {usage}");
            _values[args[i]] = args[i + 1];
        }
    }

    public string? this[string name] => _values.GetValueOrDefault(name);
}

internal sealed class CliUsageException(string message) : Exception(message);
