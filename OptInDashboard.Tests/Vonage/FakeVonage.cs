using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Vonage;

/// <summary>One request the fake received: what a contract test asserts on.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string ContentType, JsonElement Body, string? TraceParent = null)
{
    public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;
}

/// <summary>
/// A stand-in for the Vonage Messages API: a real Kestrel server on 127.0.0.1 (a free port) that records
/// every request and answers from a script, then accepts with 202 and a fresh message_uuid. It also serves
/// inbound media under /v3/media/{id}, as Vonage's media store does.
/// </summary>
public sealed class FakeVonage : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();

    private FakeVonage(WebApplication app) => _app = app;

    private readonly ConcurrentDictionary<string, MediaFile> _media = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    public ConcurrentQueue<(string Path, string? Authorization)> MediaRequests { get; } = new();
    public ConcurrentQueue<string> AcceptedUuids { get; } = new();
    public Uri BaseUrl { get; private set; } = default!;

    public static async Task<FakeVonage> StartAsync()
    {
        var fake = new FakeVonage(LoopbackServer.Create());
        fake._app.MapPost("/v1/messages", fake.HandleAsync);
        fake._app.MapGet("/v3/media/{id}", fake.ServeMediaAsync);
        await fake._app.StartAsync();
        fake.BaseUrl = LoopbackServer.AddressOf(fake._app);
        return fake;
    }

    public FakeVonage ThenFail(int status, string? title = null, string? detail = null, int times = 1)
    {
        for (var i = 0; i < times; i++)
            _script.Enqueue(async context =>
            {
                context.Response.StatusCode = status;
                if (title is null) return;
                context.Response.ContentType = "application/problem+json";
                await context.Response.WriteAsJsonAsync(new { type = "https://developer.vonage.com/api-errors", title, detail, instance = Guid.NewGuid() });
            });
        return this;
    }

    /// <summary>429 with a Retry-After of the given seconds.</summary>
    public FakeVonage ThenRateLimit(int retryAfterSeconds, int times = 1)
    {
        for (var i = 0; i < times; i++)
            _script.Enqueue(async context =>
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.ContentType = "application/problem+json";
                await context.Response.WriteAsJsonAsync(new { type = "https://developer.vonage.com/api-errors#throttled", title = "Rate Limit Hit", detail = "Please wait, then retry your request" });
            });
        return this;
    }

    /// <summary>Reads the request, then drops the connection without an answer: it may or may not have been acted on.</summary>
    public FakeVonage ThenDrop()
    {
        _script.Enqueue(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Serves a file at /v3/media/{id} (optionally only once <paramref name="release"/> completes, or with a status instead); returns its URL.</summary>
    public Uri ServeMedia(string id, byte[] content, string contentType, Task? release = null, int status = StatusCodes.Status200OK)
    {
        _media[id] = new MediaFile(content, contentType, release ?? Task.CompletedTask, status);
        return new Uri(BaseUrl, $"v3/media/{id}");
    }

    /// <summary>Never answers: the caller's attempt timeout must end it.</summary>
    public FakeVonage ThenHang(int times = 1)
    {
        for (var i = 0; i < times; i++)
            _script.Enqueue(async context =>
            {
                try { await Task.Delay(Timeout.Infinite, context.RequestAborted); }
                catch (OperationCanceledException) { }
            });
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization, context.Request.ContentType ?? "", body.RootElement.Clone(), context.Request.Headers["traceparent"]));
        if (_script.TryDequeue(out var step))
        {
            await step(context);
            return;
        }
        var uuid = Guid.NewGuid().ToString();
        AcceptedUuids.Enqueue(uuid);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        await context.Response.WriteAsJsonAsync(new { message_uuid = uuid });
    }

    private async Task ServeMediaAsync(HttpContext context, string id)
    {
        MediaRequests.Enqueue((context.Request.Path, context.Request.Headers.Authorization));
        if (!_media.TryGetValue(id, out var file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await file.Release.WaitAsync(context.RequestAborted);
        context.Response.StatusCode = file.Status;
        if (file.Status != StatusCodes.Status200OK) return;
        context.Response.ContentType = file.ContentType;
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
    }

    private sealed record MediaFile(byte[] Content, string ContentType, Task Release, int Status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
