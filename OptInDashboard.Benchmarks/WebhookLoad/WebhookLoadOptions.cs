using System.Globalization;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>The webhook-load command line.</summary>
public sealed record WebhookLoadOptions(
    IReadOnlyList<Uri> Urls, string? Secret, int Concurrency, int Seconds, int WarmupSeconds, double? Rate, int Contacts, string? Database, string Line,
    int Pages, string User, string? Password)
{
    public const string Usage =
        "--url http://127.0.0.1:5080[,http://127.0.0.1:5081] --secret S --concurrency 32 --seconds 60 [--warmup 5] [--rate 500] [--contacts 2000] [--line 15555550100]\n" +
        "                 --db path/to/app.db|\"Host=…;Port=…;Username=…;Database=…\"   (the app's SQLite file or PostgreSQL database)\n" +
        "                 [--pages 20 --user advisor@demo.local --password P]   open N Threads pages on each --url in Debian's Chromium while loading, and time how soon each shows a new text\n" +
        "                 several --url: instances of one app on one database; the workers take turns between them";

    public static WebhookLoadOptions Parse(string[] args)
    {
        var line = new CommandLine(args, Names, Usage);
        string? Get(string name) => line.Get(name);
        int Int(string name, int fallback) => line.Int(name, fallback);

        var options = new WebhookLoadOptions(
            Urls: (Get("url") ?? "http://127.0.0.1:5080").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : throw new ArgumentException($"--url takes the app's addresses, comma-separated, not '{url}'."))
                .ToArray(),
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
