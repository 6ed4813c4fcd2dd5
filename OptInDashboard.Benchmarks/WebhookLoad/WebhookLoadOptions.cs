using System.Globalization;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>The webhook-load command line.</summary>
public sealed record WebhookLoadOptions(
    Uri Url, string? Secret, int Concurrency, int Seconds, int WarmupSeconds, double? Rate, int Contacts, string? Database, string Line,
    int Pages, string User, string? Password)
{
    public const string Usage =
        "--url http://127.0.0.1:5080 --secret S --concurrency 32 --seconds 60 [--warmup 5] [--rate 500] [--contacts 2000] [--line 15555550100] --db path/to/app.db\n" +
        "                 [--pages 20 --user advisor@demo.local --password P]   open N Threads pages in Debian's Chromium while loading, and time how soon each shows a new text";

    public static bool WantsHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "help");

    public static WebhookLoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"Expected '--name value' pairs, got '{args[i]}'. Usage: {Usage}");
            if (!Names.Contains(args[i][2..]))
                throw new ArgumentException($"Unknown option '{args[i]}'. Usage: {Usage}");
            values[args[i][2..]] = args[i + 1];
        }
        string? Get(string name) => values.GetValueOrDefault(name);
        int Int(string name, int fallback) => Get(name) is not { } v ? fallback
            : int.TryParse(v, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n
            : throw new ArgumentException($"--{name} takes a whole number, not '{v}'.");

        var options = new WebhookLoadOptions(
            Url: new Uri(Get("url") ?? "http://127.0.0.1:5080"),
            Secret: Get("secret"),
            Concurrency: Int("concurrency", 32),
            Seconds: Int("seconds", 60),
            WarmupSeconds: Int("warmup", 5),
            Rate: Get("rate") is not { } rate ? null
                : double.TryParse(rate, CultureInfo.InvariantCulture, out var perSecond) && perSecond > 0 ? perSecond
                : throw new ArgumentException($"--rate takes webhooks per second, not '{rate}'."),
            Contacts: Int("contacts", 2000),
            Database: Get("db"),
            Line: Get("line") ?? "15555550100",
            Pages: Int("pages", 0),
            User: Get("user") ?? "advisor@demo.local",
            Password: Get("password"));
        if (options.Pages > 0 && (options.Password is null || options.Database is null))
            throw new ArgumentException("--pages needs --password (to sign in) and --db (to find the probe customer's thread).");
        return options;
    }

    private static readonly HashSet<string> Names =
        ["url", "secret", "concurrency", "seconds", "warmup", "rate", "contacts", "db", "line", "pages", "user", "password"];
}
