using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OptInDashboard.Operations;

/// <summary>
/// The app's traces and metrics, under one name. They are always recorded (a few counters, and spans nobody listens
/// to cost nothing); they leave the process only when an OpenTelemetry collector is configured with the standard
/// OTEL_EXPORTER_OTLP_ENDPOINT setting (an environment variable or a configuration key, with OTEL_EXPORTER_OTLP_PROTOCOL
/// and the other OTEL_ settings as OpenTelemetry documents them). Off by default: nothing is exported.
/// </summary>
public static class DashboardTelemetry
{
    public const string Name = "OptInDashboard";
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The spans of a text's journey: webhook, consent, outbox, provider; one trace from the webhook to the reply's send.</summary>
    public static readonly ActivitySource Traces = new(Name);

    /// <summary>A W3C traceparent: version, trace id, span id and flags (00-32 hex-16 hex-2 hex).</summary>
    public const int TraceParentLength = 55;

    /// <summary>The trace the caller is in, to store with what it queues; null when there is none.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { Length: TraceParentLength } id } ? id : null;

    /// <summary>A span that continues the stored trace (a new one when none was stored or it cannot be read).</summary>
    public static Activity? StartContinuing(string name, string? traceParent, ActivityKind kind = ActivityKind.Internal) =>
        ActivityContext.TryParse(traceParent, traceState: null, out var parent)
            ? Traces.StartActivity(name, kind, parent)
            : Traces.StartActivity(name, kind);

    public static TBuilder AddTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton<DashboardMetrics>();
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointSetting])) return builder;

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(Name))
            .WithTracing(tracing => tracing.AddSource(Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return builder;
    }
}
