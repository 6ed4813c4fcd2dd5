using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OptInDashboard.Data;

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
            .RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/inbound", InboundAsync);
        group.MapPost("/status", StatusAsync);
        return endpoints;
    }

    private static async Task<Results<Ok, ProblemHttpResult>> InboundAsync(
        HttpRequest request, VonageWebhookReader reader, VonageLineOwners owners, InboundPipeline pipeline, ILogger<VonageWebhookReader> logger, CancellationToken ct)
    {
        var read = await reader.ReadAsync(request, "inbound", VonageJson.Default.VonageInbound, ct);
        if (read.Refusal is { } refusal) return refusal;
        var inbound = read.Payload!;
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
