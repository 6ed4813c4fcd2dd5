using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OptInDashboard.Messaging.Vonage;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>
/// Measures what an advisor sees under load: once a second, the probe customer texts a unique line, and
/// each open page's delay from that webhook's POST to the text appearing on it is recorded (an upper
/// bound on the delay from the commit, which happens between the two). With several instances the probes take
/// turns between them, so a page shows texts that came in on another instance too.
/// </summary>
public sealed class PageProbe(WebhookLoadOptions options, string runId)
{
    public const string Customer = "15552999999";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public List<double> DelaysMs { get; } = [];
    public int Misses { get; private set; }
    public int Probes { get; private set; }

    /// <summary>Sends a first text so the probe customer exists, and returns the path of their thread.</summary>
    public async Task<string> ThreadPathAsync(HttpClient http)
    {
        if (await PostAsync(http, $"probe start {runId}") != HttpStatusCode.OK)
            throw new InvalidOperationException("The app did not accept the probe customer's first text.");
        await using var connection = await AppDatabase.OpenAsync(options.Database!);
        await using var command = connection.Command("""SELECT "ContactId", "LineId" FROM "Messages" WHERE "ProviderMessageId" = @uuid""", ("uuid", Uuid($"probe start {runId}")));
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) throw new InvalidOperationException("The probe customer's first text is not in --db: is it the app's database?");
        return string.Create(CultureInfo.InvariantCulture, $"threads/{reader.GetInt32(0)}?line={reader.GetInt32(1)}");
    }

    /// <summary>Probes once a second from <paramref name="from"/> until <paramref name="until"/> on <paramref name="clock"/>.</summary>
    public async Task RunAsync(IReadOnlyList<HttpClient> instances, OpenPages pages, Stopwatch clock, TimeSpan from, TimeSpan until)
    {
        if (clock.Elapsed < from) await Task.Delay(from - clock.Elapsed);
        var pending = new List<Task>();
        for (var probe = 1; clock.Elapsed < until; probe++)
        {
            var next = clock.Elapsed + TimeSpan.FromSeconds(1);
            var text = $"probe {probe} {runId}";
            var posted = clock.Elapsed;
            var shown = pages.ShownAsync(text, clock, Patience);
            if (await PostAsync(instances[probe % instances.Count], text) != HttpStatusCode.OK) continue;
            Probes++;
            pending.Add(Record(shown, posted));
            if (next > clock.Elapsed) await Task.Delay(next - clock.Elapsed);
        }
        await Task.WhenAll(pending);
    }

    private async Task Record(Task<TimeSpan?[]> shown, TimeSpan posted)
    {
        foreach (var at in await shown)
        {
            lock (DelaysMs)
            {
                if (at is { } time) DelaysMs.Add((time - posted).TotalMilliseconds);
                else Misses++;
            }
        }
    }

    // Not under the run's own prefix: the delivery check counts the load's webhooks, not the probes.
    private string Uuid(string text) => $"probe-{runId}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16]}";

    private async Task<HttpStatusCode?> PostAsync(HttpClient http, string text)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            channel = "sms",
            message_uuid = Uuid(text),
            to = options.Line,
            from = Customer,
            timestamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            text,
            message_type = "text",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/vonage/inbound") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (options.Secret is { Length: > 0 } secret)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", VonageWebhookToken.Sign(secret, body, DateTimeOffset.UtcNow));
        try
        {
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
