using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OptInDashboard.Tests.Vonage;

/// <summary>One request the fake received: what a contract test asserts on.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string ContentType, JsonElement Body);

/// <summary>
/// A stand-in for the Vonage Messages API: a real Kestrel server on 127.0.0.1 (a free port) that records
/// every request and answers from a script, then accepts with 202 and a fresh message_uuid.
/// </summary>
public sealed class FakeVonage : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();

    private FakeVonage(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    public ConcurrentQueue<string> AcceptedUuids { get; } = new();
    public Uri BaseUrl { get; private set; } = default!;

    public static async Task<FakeVonage> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Development" });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var fake = new FakeVonage(builder.Build());
        fake._app.MapPost("/v1/messages", fake.HandleAsync);
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.BaseUrl = new Uri(address);
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
        Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization, context.Request.ContentType ?? "", body.RootElement.Clone()));
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
