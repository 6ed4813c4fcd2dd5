using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OptInDashboard.Data;
using OptInDashboard.Operations;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>
/// Vonage's Messages API webhooks. Anonymous (no staff cookie can come from Vonage), so every request
/// proves itself with a signed token instead; 200 only once what arrived is stored, so a failure makes
/// Vonage deliver again rather than lose it, and a repeated delivery is recognised by its message_uuid.
/// </summary>
public static class VonageWebhooks
{
    public const string RateLimitPolicy = "vonage-webhooks";

    public static IEndpointRouteBuilder MapVonageWebhooks(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<VonageOptions>>().Value.WebhooksEnabled) return endpoints;

        var group = endpoints.MapGroup("/webhooks/vonage")
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicy)
            .AddEndpointFilter(MeasuredAsync);
        group.MapPost("/inbound", InboundAsync).WithMetadata(new WebhookName("inbound"));
        group.MapPost("/status", StatusAsync).WithMetadata(new WebhookName("status"));
        return endpoints;
    }

    private sealed record WebhookName(string Value);

    /// <summary>Every webhook in a span of its own (the trace its reply's send continues) and timed until answered.</summary>
    private static async ValueTask<object?> MeasuredAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var webhook = http.GetEndpoint()?.Metadata.GetMetadata<WebhookName>()?.Value ?? "unknown";
        using var span = DashboardTelemetry.Traces.StartActivity($"vonage.webhook.{webhook}");
        var started = Stopwatch.GetTimestamp();
        var statusCode = StatusCodes.Status500InternalServerError;
        try
        {
            var result = await next(context);
            var answer = result is INestedHttpResult nested ? nested.Result : result;
            statusCode = answer is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
            return result;
        }
        finally
        {
            span?.SetTag("http.response.status_code", statusCode);
            http.RequestServices.GetRequiredService<DashboardMetrics>().WebhookAnswered(webhook, statusCode, Stopwatch.GetElapsedTime(started));
        }
    }

    private static async Task<Results<Ok, ProblemHttpResult>> InboundAsync(
        HttpRequest request, VonageWebhookReader reader, VonageLineOwners owners, InboundPipeline pipeline, ILogger<VonageWebhookReader> logger, CancellationToken ct)
    {
        var read = await reader.ReadAsync(request, "inbound", VonageJson.Default.VonageInbound, ct);
        if (read.Refusal is { } refusal) return refusal;
        var inbound = read.Payload!;
        Activity.Current?.SetTag("vonage.message_uuid", inbound.MessageUuid);
        if (!VonageNumber.TryToE164(inbound.From, out var from) || !VonageNumber.TryToE164(inbound.To, out var to))
            return reader.BadRequest(request, "inbound", "from and to must be phone numbers in E.164 (with or without '+').");
        if (await owners.OtherAccountsLineAsync(read.SignedBy, to, ct) is { } owner)
            return reader.SignedByAnotherAccount(request, "inbound", read.SignedBy, owner);

        var media = inbound.Media is { } attachment && inbound.MediaUrl is { } url
            ? new InboundMedia(attachment.Kind, url, attachment.Attachment?.Name)
            : null;
        var outcome = await pipeline.AcceptAsync(new InboundSms(inbound.MessageUuid!, from, to, inbound.Words) { Media = media }, ct);
        VonageLog.InboundHandled(logger, inbound.MessageUuid!, PhoneNumber.Mask(from), outcome);
        return TypedResults.Ok();
    }

    private static async Task<Results<Ok, ProblemHttpResult>> StatusAsync(
        HttpRequest request, VonageWebhookReader reader, VonageLineOwners owners, DeliveryReports reports, ILogger<VonageWebhookReader> logger, CancellationToken ct)
    {
        var read = await reader.ReadAsync(request, "status", VonageJson.Default.VonageStatus, ct);
        if (read.Refusal is { } refusal) return refusal;
        var status = read.Payload!;
        Activity.Current?.SetTag("vonage.message_uuid", status.MessageUuid);

        MessageStatus? reached = status.Status switch
        {
            "submitted" => MessageStatus.Sent,
            "delivered" => MessageStatus.Delivered,
            "rejected" or "undeliverable" or "failed" => MessageStatus.Failed,
            _ => null,
        };
        if (reached is null)
        {
            VonageLog.StatusIgnored(logger, status.Status!, status.MessageUuid!);
            return TypedResults.Ok();
        }
        long? clientRef = long.TryParse(status.ClientRef, out var id) ? id : null;
        if (await owners.OtherAccountsMessageAsync(read.SignedBy, status.MessageUuid!, clientRef, ct) is { } owner)
            return reader.SignedByAnotherAccount(request, "status", read.SignedBy, owner);
        var optedOut = reached == MessageStatus.Failed && VonageOptOutErrors.IsOptOut(status.Error);
        var reason = optedOut ? $"Not sent: the customer is opted out with the carrier or Vonage ({status.Error!.Describe()})."
            : status.Error is { } error ? $"Vonage reported {status.Status}: {error.Describe()}"
            : $"Vonage reported {status.Status}.";
        await reports.ApplyAsync(new DeliveryReport(status.MessageUuid!, clientRef, reached.Value, reason)
        {
            CarrierOptOutEvidence = optedOut ? $"Vonage reported {status.Status}: {status.Error!.Describe()}" : null,
        }, ct);
        return TypedResults.Ok();
    }
}
