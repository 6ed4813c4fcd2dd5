namespace OptInDashboard.Intent.Cli;

/// <summary>"--name value" pairs and "--flag"s after the command; anything else is refused with the command's usage.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public CliArguments(string[] args, string usage, params string[] allowed) : this(args, usage, [], allowed)
    {
    }

    public CliArguments(string[] args, string usage, string[] flags, params string[] allowed)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (flags.Contains(args[i]))
                _flags.Add(args[i]);
            else if (allowed.Contains(args[i]) && i + 1 < args.Length)
                _values[args[i]] = args[++i];
            else
                throw new CliUsageException($"Usage: {usage}");
        }
    }

    public string? this[string name] => _values.GetValueOrDefault(name);

    public bool Has(string flag) => _flags.Contains(flag);
}

internal sealed class CliUsageException(string message) : Exception(message);
