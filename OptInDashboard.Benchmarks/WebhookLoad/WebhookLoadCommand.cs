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
        if (CommandLine.WantsHelp(args))
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
        Console.WriteLine($"webhook-load {runId}: {string.Join(", ", options.Urls)} concurrency {options.Concurrency}, {(options.Rate is { } r ? $"{r}/s open loop" : "closed loop")}, warm-up {options.WarmupSeconds} s, measured {options.Seconds} s, {options.Contacts} customers, {(options.Secret is null ? "unsigned" : "signed")}, {options.Pages} open Threads pages{(options.Urls.Count > 1 ? " on each" : "")}");

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
        await ReportCeilingAsync(options, result);
        return check.Lost == 0 && check.Duplicated == 0 ? 0 : 1;
    }

    /// <summary>The database's own ceiling, measured right after the load, beside the app's throughput.</summary>
    private static async Task ReportCeilingAsync(WebhookLoadOptions options, LoadResult result)
    {
        var throughput = result.Statuses.GetValueOrDefault(HttpStatusCode.OK) / result.Measured.TotalSeconds;
        if (!AppDatabase.IsPostgreSql(options.Database!))
        {
            var ceiling = await DiskCeiling.CommitsPerSecondAsync(options.Database!, TimeSpan.FromSeconds(5));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"disk: {ceiling:0} single-row synced commits/s (SQLite WAL, synchronous=FULL, beside --db, one at a time); the app's 200s/s are {100 * throughput / ceiling:0}% of it"));
            return;
        }
        try
        {
            var ceiling = await PgbenchCeiling.CommitsPerSecondAsync(options.Database!, options.Concurrency, TimeSpan.FromSeconds(10));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pgbench: {ceiling:0} single-row committed inserts/s ({options.Concurrency} clients, same server, 10 s); the app's 200s/s are {100 * throughput / ceiling:0}% of it"));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("pgbench: not found (apt-get install postgresql-client): no ceiling measured");
        }
    }

    private static async Task<LoadResult> RunWithPagesAsync(WebhookLoadOptions options, string runId, LoadRunner load)
    {
        var instances = options.Urls.Select(url => new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) }).ToArray();
        try { return await RunWithPagesAsync(options, runId, load, instances); }
        finally { foreach (var instance in instances) instance.Dispose(); }
    }

    private static async Task<LoadResult> RunWithPagesAsync(WebhookLoadOptions options, string runId, LoadRunner load, HttpClient[] instances)
    {
        var probe = new PageProbe(options, runId);
        await using var pages = await OpenPages.OpenAsync(options, await probe.ThreadPathAsync(instances[0]));
        Console.WriteLine($"pages: {pages.Count} Threads tabs open and live in Chromium (idle scheduling class), signed in as {options.User}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        var probing = probe.RunAsync(instances, pages, clock, warmup, warmup + TimeSpan.FromSeconds(options.Seconds));
        var result = await load.RunAsync();
        await probing;
        Report(result);
        ReportPages(probe);
        return result;
    }

    private static void ReportPages(PageProbe probe)
    {
        var delays = probe.DelaysMs.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages: {probe.Probes} probe texts x open pages = {delays.Length + probe.Misses} sightings; from webhook to text on screen ms: p50 {Percentile.Of(delays, 0.50):0}, p95 {Percentile.Of(delays, 0.95):0}, p99 {Percentile.Of(delays, 0.99):0}, max {(delays.Length > 0 ? delays[^1] : double.NaN):0}; over 2 s: {delays.Count(d => d > 2000)}; never shown (10 s): {probe.Misses}"));
    }

    private static void Report(LoadResult result)
    {
        var latencies = result.LatenciesMs.Order().ToArray();
        var ok = result.Statuses.GetValueOrDefault(HttpStatusCode.OK);
        var seconds = result.Measured.TotalSeconds;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"measured: {latencies.Length} requests in {seconds:0.0} s = {latencies.Length / seconds:0.0}/s; 200: {ok} ({ok / seconds:0.0}/s), of which {result.Redeliveries} redeliveries"));
        Console.WriteLine("statuses: " + string.Join(", ", result.Statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")) + $"; transport errors/timeouts: {result.Errors}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency ms: p50 {Percentile.Of(latencies, 0.50):0.0}, p95 {Percentile.Of(latencies, 0.95):0.0}, p99 {Percentile.Of(latencies, 0.99):0.0}, max {(latencies.Length > 0 ? latencies[^1] : double.NaN):0.0}"));
    }
}
