using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Operations;
using OptInDashboard.Tests.Infrastructure;
using OptInDashboard.Tests.Vonage;

namespace OptInDashboard.Tests.Operations;

/// <summary>
/// OpenTelemetry (issue 13, operations): off unless a collector is configured; when it is, one trace follows a STOP from
/// its webhook through the consent change to its confirmation's send through Vonage, and the metrics an operator
/// watches (webhook latency, send outcomes, consent changes, the outbox's depth and age) are recorded.
/// </summary>
public sealed class TelemetryTests
{
    private const string Inbound = "/webhooks/vonage/inbound";
    private static readonly string ServiceLine = DemoSeeder.ServiceLine.TrimStart('+');

    private static string NewCustomer() => $"1555{Random.Shared.Next(2_000_000, 9_999_999)}";

    private static Dictionary<string, string?> Exporting(FakeOtlpCollector collector, FakeVonage? vonage = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Vonage:SignatureSecret"] = SignedWebhook.Secret,
            [DashboardTelemetry.EndpointSetting] = collector.Endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        };
        if (vonage is not null)
        {
            settings["Messaging:Provider"] = "Vonage";
            settings["Vonage:BaseUrl"] = vonage.BaseUrl.ToString();
            settings["Vonage:ApiKey"] = "abcd1234";
            settings["Vonage:ApiSecret"] = "s3cr3t-api";
            settings["Vonage:RetryBaseDelay"] = "00:00:00.010";
        }
        return settings;
    }

    [Fact]
    public async Task NothingIsExportedUnlessAnOtlpEndpointIsConfigured()
    {
        await using var app = new TestApp();
        _ = app.Server;

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task AStopsWebhookConsentChangeAndConfirmationSendThroughVonageAreOneTrace()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var vonage = await FakeVonage.StartAsync();
        var spans = new ConcurrentQueue<Activity>();
        await using var app = new ConfiguredTestApp(Exporting(collector, vonage),
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(new Collect(spans)))));
        var customer = NewCustomer();
        var uuid = Guid.NewGuid().ToString();

        using var answer = await app.CreateClient().SendAsync(SignedWebhook.Signed(Inbound, SignedWebhook.Inbound(uuid, customer, ServiceLine, "STOP")));
        answer.EnsureSuccessStatusCode();
        var confirmation = await Eventually.Get(() => Task.FromResult(vonage.Requests.FirstOrDefault(r => r.Body.GetProperty("to").GetString() == customer)), "the confirmation to reach Vonage");
        Assert.Equal(ConsentReplies.OptedOut, confirmation.Body.GetProperty("text").GetString());

        var webhook = await Eventually.Get(() => Task.FromResult(spans.FirstOrDefault(s => s.DisplayName == "vonage.webhook.inbound" && (string?)s.GetTagItem("vonage.message_uuid") == uuid)), "the webhook's span");
        var send = await Eventually.Get(() => Task.FromResult(spans.FirstOrDefault(s => s.DisplayName == "outbox.send" && s.TraceId == webhook.TraceId)), "the confirmation's send span, in the webhook's trace");
        var trace = spans.Where(s => s.TraceId == webhook.TraceId).ToList();
        var request = trace.Single(s => s.SpanId == webhook.ParentSpanId);
        var consent = trace.Single(s => s.DisplayName == "consent.apply");
        var provider = trace.Single(s => s.DisplayName == "sms.provider.send");
        var post = trace.Single(s => s.Kind == ActivityKind.Client && s.ParentSpanId == provider.SpanId);

        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Equal(webhook.SpanId, consent.ParentSpanId);
        Assert.Equal(consent.SpanId, send.ParentSpanId);
        Assert.Equal("sent", send.GetTagItem("optin.send.outcome"));
        Assert.Equal(send.SpanId, provider.ParentSpanId);
        Assert.Equal("POST", post.GetTagItem("http.request.method"));
        Assert.Contains(webhook.TraceId.ToHexString(), confirmation.TraceParent);
    }

    [Fact]
    public async Task TracesAndMetricsReachTheConfiguredOtlpEndpoint()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var app = new ConfiguredTestApp(Exporting(collector));

        using var answer = await app.CreateClient().SendAsync(SignedWebhook.Signed(Inbound, SignedWebhook.Inbound(Guid.NewGuid().ToString(), NewCustomer(), ServiceLine, "STOP")));
        answer.EnsureSuccessStatusCode();
        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        Assert.Contains(collector.Exports, e => e.Path == "/v1/traces" && e.ContentType == "application/x-protobuf" && e.Bytes > 0);
        Assert.Contains(collector.Exports, e => e.Path == "/v1/metrics" && e.ContentType == "application/x-protobuf" && e.Bytes > 0);
    }

    [Fact]
    public async Task WebhookLatencySendOutcomesAndConsentChangesAreMeasured()
    {
        await using var app = new ConfiguredTestApp(new Dictionary<string, string?> { ["Vonage:SignatureSecret"] = SignedWebhook.Secret });
        _ = app.Server;
        using var measured = new Measured(app);
        var customer = NewCustomer();

        using var answer = await app.CreateClient().SendAsync(SignedWebhook.Signed(Inbound, SignedWebhook.Inbound(Guid.NewGuid().ToString(), customer, ServiceLine, "STOP")));
        answer.EnsureSuccessStatusCode();
        var maria = new ThreadDriver(app, "+" + customer);
        await maria.Delivered(AutoReply.OptOutConfirmation);
        Assert.Equal(MessageStatus.Blocked, (await maria.AdvisorSends("Your car is ready")).Status);

        var latency = Assert.Single(measured.Of("optin.webhook.duration"));
        Assert.Equal("inbound", latency.Tags["optin.webhook"]);
        Assert.Equal(200, latency.Tags["http.response.status_code"]);
        Assert.InRange(latency.Value, 0, 30);
        var change = Assert.Single(measured.Of("optin.consent.changes"));
        Assert.Equal((1.0, "OptedOut", "Keyword"), (change.Value, change.Tags["optin.consent.status"], change.Tags["optin.consent.cause"]));
        var sends = measured.Of("optin.sends").Select(s => ((string?)s.Tags["optin.send.outcome"], (string?)s.Tags["optin.send.sender"])).OrderBy(s => s).ToList();
        Assert.Equal([("blocked", "staff"), ("sent", "system")], sends);
    }

    [Fact]
    public async Task TheOutboxDepthAndTheOldestTextsAgeAreMeasured()
    {
        await using var app = new TestApp(dispatchInBackground: false);
        _ = app.Server;
        using var measured = new Measured(app);
        var maria = new ThreadDriver(app, "+" + NewCustomer());
        await maria.CustomerTexts("When is my car ready?");

        measured.ReadGauges();
        Assert.Equal(0, Assert.Single(measured.Of("optin.outbox.depth")).Value);

        await maria.AdvisorSends("Tomorrow at 10");
        await maria.AdvisorSends("Bring your key fob, please");
        await Task.Delay(1_100);
        measured.ReadGauges();
        Assert.Equal(2, measured.Of("optin.outbox.depth").Last().Value);
        Assert.InRange(measured.Of("optin.outbox.oldest_age").Last().Value, 1, 60);

        await app.DispatchNowAsync();
        measured.ReadGauges();
        Assert.Equal(0, measured.Of("optin.outbox.depth").Last().Value);
    }

    /// <summary>Exports spans into a queue (the in-memory exporter's list is not safe across threads).</summary>
    private sealed class Collect(ConcurrentQueue<Activity> spans) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var span in batch) spans.Enqueue(span);
            return ExportResult.Success;
        }
    }

    /// <summary>What this app's meters record (only this app's: other tests' apps run in the same process).</summary>
    private sealed class Measured : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

        public Measured(TestApp app)
        {
            var meters = app.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Meter.Name == DashboardTelemetry.Name) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.Start();
        }

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copied = new Dictionary<string, object?>();
            foreach (var (key, tagValue) in tags) copied[key] = tagValue;
            _measurements.Enqueue((instrument.Name, value, copied));
        }

        public void ReadGauges() => _listener.RecordObservableInstruments();

        public List<(string Instrument, double Value, Dictionary<string, object?> Tags)> Of(string instrument) =>
            _measurements.Where(m => m.Instrument == instrument).ToList();

        public void Dispose() => _listener.Dispose();
    }
}
