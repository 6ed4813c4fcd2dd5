using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OptInDashboard.Messaging.Vonage;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>What one run measured: latencies of measured requests, answers by status, and the uuids answered 200.</summary>
public sealed class LoadResult
{
    public List<double> LatenciesMs { get; } = [];
    public Dictionary<HttpStatusCode, int> Statuses { get; } = [];
    public HashSet<string> Accepted { get; } = [];
    public int Errors { get; set; }
    public int Redeliveries { get; set; }
    public TimeSpan Measured { get; set; }

    public void Merge(LoadResult other)
    {
        LatenciesMs.AddRange(other.LatenciesMs);
        foreach (var (status, count) in other.Statuses) Statuses[status] = Statuses.GetValueOrDefault(status) + count;
        Accepted.UnionWith(other.Accepted);
        Errors += other.Errors;
        Redeliveries += other.Redeliveries;
    }
}

/// <summary>
/// Posts signed inbound webhooks from N concurrent workers: as fast as the app answers (closed loop),
/// or at a fixed rate (open loop: latency counts from each request's scheduled time, so a stalled
/// server is not hidden by the load generator slowing down with it). Warm-up is always closed loop.
/// </summary>
public sealed class LoadRunner(WebhookLoadOptions options, TrafficMix mix)
{
    public async Task<LoadResult> RunAsync()
    {
        // One client per instance; worker w posts to instance w mod N, as a load balancer would spread them.
        var clients = options.Urls.Select(url => new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) }).ToArray();
        try { return await RunAsync(clients); }
        finally { foreach (var client in clients) client.Dispose(); }
    }

    private async Task<LoadResult> RunAsync(HttpClient[] clients)
    {

        var clock = Stopwatch.StartNew();
        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        var end = warmup + TimeSpan.FromSeconds(options.Seconds);
        long scheduled = -1;

        async Task<LoadResult> Worker(int worker)
        {
            var result = new LoadResult();
            var random = new Random(worker * 7919 + 17);
            var accepted = new List<Delivery>();
            long sequence = 0;
            while (true)
            {
                // Warm-up is closed loop (it warms the JIT and connections without leaving a backlog behind);
                // the measured phase then keeps its own schedule from the first measured instant.
                var due = clock.Elapsed;
                if (due >= warmup && options.Rate is { } rate)
                {
                    due = warmup + TimeSpan.FromSeconds(Interlocked.Increment(ref scheduled) / rate);
                    if (due >= end) break;
                    if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
                }
                else if (due >= end) break;

                var redelivery = accepted.Count > 0 && random.NextDouble() < TrafficMix.RedeliveryShare;
                var delivery = redelivery ? accepted[random.Next(accepted.Count)] : mix.Next(worker, sequence++, random);
                var (status, elapsed) = await PostAsync(clients[worker % clients.Length], delivery, clock, due);

                if (status == HttpStatusCode.OK && !redelivery) accepted.Add(delivery);
                if (status == HttpStatusCode.OK) result.Accepted.Add(delivery.Uuid);
                if (due < warmup) continue;
                if (redelivery) result.Redeliveries++;
                if (status is null) result.Errors++;
                else result.Statuses[status.Value] = result.Statuses.GetValueOrDefault(status.Value) + 1;
                result.LatenciesMs.Add(elapsed.TotalMilliseconds);
            }
            return result;
        }

        var results = await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(w => Task.Run(() => Worker(w))));
        var total = new LoadResult { Measured = clock.Elapsed - warmup };
        foreach (var result in results) total.Merge(result);
        return total;
    }

    private async Task<(HttpStatusCode? Status, TimeSpan Elapsed)> PostAsync(HttpClient http, Delivery delivery, Stopwatch clock, TimeSpan due)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/vonage/inbound") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (options.Secret is { Length: > 0 } secret)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", VonageWebhookToken.Sign(secret, body, DateTimeOffset.UtcNow));
        var started = options.Rate is null || due < TimeSpan.FromSeconds(options.WarmupSeconds) ? clock.Elapsed : due;
        try
        {
            using var response = await http.SendAsync(request);
            return (response.StatusCode, clock.Elapsed - started);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (null, clock.Elapsed - started);
        }
    }
}
