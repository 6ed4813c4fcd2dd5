using System.Globalization;
using System.Net;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>
/// webhook-load: posts signed inbound webhooks at a running app, reports throughput and latency, then
/// checks the app's database: every acknowledged webhook is exactly one stored message.
/// </summary>
public static class WebhookLoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (WebhookLoadOptions.WantsHelp(args))
        {
            Console.WriteLine("usage: webhook-load " + WebhookLoadOptions.Usage);
            return 0;
        }
        WebhookLoadOptions options;
        try { options = WebhookLoadOptions.Parse(args); }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
        var runId = Guid.NewGuid().ToString("N")[..8];
        Console.WriteLine($"webhook-load {runId}: {options.Url} concurrency {options.Concurrency}, {(options.Rate is { } r ? $"{r}/s open loop" : "closed loop")}, warm-up {options.WarmupSeconds} s, measured {options.Seconds} s, {options.Contacts} customers, {(options.Secret is null ? "unsigned" : "signed")}, {options.Pages} open Threads pages");

        var load = new LoadRunner(options, new TrafficMix(runId, options.Contacts, options.Line));
        LoadResult result;
        if (options.Pages == 0)
        {
            result = await load.RunAsync();
            Report(result);
        }
        else
        {
            try { result = await RunWithPagesAsync(options, runId, load); }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or Microsoft.Playwright.PlaywrightException)
            {
                Console.Error.WriteLine($"Could not open the pages: {ex.Message}");
                return 1;
            }
        }

        if (options.Database is null)
        {
            Console.WriteLine("no --db: delivery check skipped");
            return 0;
        }
        var check = await DeliveryCheck.RunAsync(options.Database, runId, result.Accepted);
        Console.WriteLine($"database: {check.Acknowledged} acknowledged webhooks, {check.Lost} lost, {check.Duplicated} duplicated, {check.StoredWithoutAcknowledgement} stored without a 200 (client gave up first)");
        var ceiling = await DiskCeiling.CommitsPerSecondAsync(options.Database, TimeSpan.FromSeconds(5));
        var throughput = result.Statuses.GetValueOrDefault(HttpStatusCode.OK) / result.Measured.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"disk: {ceiling:0} single-row synced commits/s (SQLite WAL, synchronous=FULL, beside --db, one at a time); the app's 200s/s are {100 * throughput / ceiling:0}% of it"));
        return check.Lost == 0 && check.Duplicated == 0 ? 0 : 1;
    }

    private static async Task<LoadResult> RunWithPagesAsync(WebhookLoadOptions options, string runId, LoadRunner load)
    {
        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        var probe = new PageProbe(options, runId);
        await using var pages = await OpenPages.OpenAsync(options, await probe.ThreadPathAsync(http));
        Console.WriteLine($"pages: {pages.Count} Threads tabs open and live in Chromium (idle scheduling class), signed in as {options.User}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        var probing = probe.RunAsync(http, pages, clock, warmup, warmup + TimeSpan.FromSeconds(options.Seconds));
        var result = await load.RunAsync();
        await probing;
        Report(result);
        ReportPages(probe);
        return result;
    }

    private static void ReportPages(PageProbe probe)
    {
        var delays = probe.DelaysMs.Order().ToArray();
        double Percentile(double p) => delays.Length == 0 ? double.NaN : delays[Math.Min(delays.Length - 1, (int)Math.Ceiling(p * delays.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages: {probe.Probes} probe texts x open pages = {delays.Length + probe.Misses} sightings; from webhook to text on screen ms: p50 {Percentile(0.50):0}, p95 {Percentile(0.95):0}, p99 {Percentile(0.99):0}, max {(delays.Length > 0 ? delays[^1] : double.NaN):0}; over 2 s: {delays.Count(d => d > 2000)}; never shown (10 s): {probe.Misses}"));
    }

    private static void Report(LoadResult result)
    {
        var latencies = result.LatenciesMs.Order().ToArray();
        var ok = result.Statuses.GetValueOrDefault(HttpStatusCode.OK);
        double Percentile(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
        var seconds = result.Measured.TotalSeconds;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"measured: {latencies.Length} requests in {seconds:0.0} s = {latencies.Length / seconds:0.0}/s; 200: {ok} ({ok / seconds:0.0}/s), of which {result.Redeliveries} redeliveries"));
        Console.WriteLine("statuses: " + string.Join(", ", result.Statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")) + $"; transport errors/timeouts: {result.Errors}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency ms: p50 {Percentile(0.50):0.0}, p95 {Percentile(0.95):0.0}, p99 {Percentile(0.99):0.0}, max {(latencies.Length > 0 ? latencies[^1] : double.NaN):0.0}"));
    }
}
