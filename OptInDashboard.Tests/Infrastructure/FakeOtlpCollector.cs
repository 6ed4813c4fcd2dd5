using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>
/// An OpenTelemetry collector's OTLP/HTTP receiver, as far as a test needs one: a real server on 127.0.0.1 (a free
/// port) that answers every export with 200 and records its path, content type and size.
/// </summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOtlpCollector(WebApplication app) => _app = app;

    public sealed record Export(string Path, string ContentType, long Bytes);

    public ConcurrentQueue<Export> Exports { get; } = new();
    public Uri Endpoint { get; private set; } = default!;

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var collector = new FakeOtlpCollector(LoopbackServer.Create());
        collector._app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            collector.Exports.Enqueue(new Export(context.Request.Path, context.Request.ContentType ?? "", body.Length));
            return Results.Ok();
        });
        await collector._app.StartAsync();
        collector.Endpoint = LoopbackServer.AddressOf(collector._app);
        return collector;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
