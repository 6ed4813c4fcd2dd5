using System.Globalization;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>The webhook-load command line.</summary>
public sealed record WebhookLoadOptions(Uri Url, string? Secret, int Concurrency, int Seconds, int WarmupSeconds, double? Rate, int Contacts, string? Database, string Line)
{
    public const string Usage =
        "--url http://127.0.0.1:5080 --secret S --concurrency 32 --seconds 60 [--warmup 5] [--rate 500] [--contacts 2000] [--line 15555550100] --db path/to/app.db";

    public static WebhookLoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"Expected '--name value' pairs, got '{args[i]}'. {Usage}");
            values[args[i][2..]] = args[i + 1];
        }
        string? Get(string name) => values.GetValueOrDefault(name);
        int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new WebhookLoadOptions(
            Url: new Uri(Get("url") ?? "http://127.0.0.1:5080"),
            Secret: Get("secret"),
            Concurrency: Int("concurrency", 32),
            Seconds: Int("seconds", 60),
            WarmupSeconds: Int("warmup", 5),
            Rate: Get("rate") is { } rate ? double.Parse(rate, CultureInfo.InvariantCulture) : null,
            Contacts: Int("contacts", 2000),
            Database: Get("db"),
            Line: Get("line") ?? "15555550100");
    }
}
