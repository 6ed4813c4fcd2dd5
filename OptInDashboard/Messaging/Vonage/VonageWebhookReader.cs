using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>
/// A webhook body that passed every check, or the problem to answer instead. <see cref="SignedBy"/> is the
/// dealership whose own Vonage account signed it, or null for the install's account.
/// </summary>
public sealed record WebhookRead<T>(T? Payload, ProblemHttpResult? Refusal, int? SignedBy = null) where T : class, IVonageWebhook;

/// <summary>
/// Reads a Vonage webhook in the order that keeps a forged or oversized request cheap: size (413),
/// then signature over the raw bytes (503 when there is none, 401 when it is wrong), then JSON and its
/// required fields (400). Nothing is stored until all three pass. The secret is the one of the account the
/// token's api_key claim names (Vonage's signed webhooks carry it), or the install's for any other.
/// </summary>
public sealed class VonageWebhookReader(IOptions<VonageOptions> options, TimeProvider clock, ILogger<VonageWebhookReader> logger)
{
    private int _unsignedWarned;

    public async Task<WebhookRead<T>> ReadAsync<T>(HttpRequest request, string webhook, JsonTypeInfo<T> type, CancellationToken ct) where T : class, IVonageWebhook
    {
        var o = options.Value;
        var body = await ReadLimitedAsync(request, o.WebhookMaxBodyBytes, ct);
        if (body is null)
            return Refuse<T>(request, webhook, StatusCodes.Status413PayloadTooLarge, "Body too large", $"A webhook body may be at most {o.WebhookMaxBodyBytes} bytes.");

        var signer = o.AccountWithApiKey(VonageWebhookToken.ApiKeyOf(request.Headers.Authorization));
        var secret = o.CredentialsOf(signer).SignatureSecret;
        if (string.IsNullOrEmpty(secret))
        {
            if (Interlocked.Exchange(ref _unsignedWarned, 1) == 0) VonageLog.UnsignedWebhooksAccepted(logger);
        }
        else
        {
            var check = VonageWebhookToken.Verify(secret, request.Headers.Authorization, body, clock.GetUtcNow(), o.WebhookMaxTokenAge);
            // Vonage may deliver unsigned after an internal error of its own, and retries only 429 and 5xx:
            // 503 brings the text back signed, where 401 would lose it (a STOP among them).
            if (check == WebhookTokenCheck.Missing)
                return Refuse<T>(request, webhook, StatusCodes.Status503ServiceUnavailable, "Unsigned webhook",
                    "The webhook carries no signature; deliver it again signed.");
            if (check != WebhookTokenCheck.Valid)
                return Refuse<T>(request, webhook, StatusCodes.Status401Unauthorized, "Invalid signature", $"The webhook signature was refused ({check}).");
        }

        try
        {
            var payload = JsonSerializer.Deserialize(body, type);
            var missing = payload is null ? "The body is JSON null." : payload.Refusal();
            return missing is null ? new WebhookRead<T>(payload, null, signer) : Refuse<T>(request, webhook, StatusCodes.Status400BadRequest, "Malformed webhook", missing);
        }
        catch (JsonException)
        {
            return Refuse<T>(request, webhook, StatusCodes.Status400BadRequest, "Malformed webhook", "The body is not the JSON object Vonage sends.");
        }
    }

    public ProblemHttpResult BadRequest(HttpRequest request, string webhook, string detail) =>
        Refuse<VonageInbound>(request, webhook, StatusCodes.Status400BadRequest, "Malformed webhook", detail).Refusal!;

    /// <summary>
    /// Signed by an account that does not own the line. Only a configuration that no longer matches Vonage's
    /// (a number moved between accounts) sends one genuinely, so 503 keeps it at Vonage, retried for a day,
    /// while the configuration is put right: it is neither lost (a STOP among them) nor let through the wall.
    /// </summary>
    public ProblemHttpResult SignedByAnotherAccount(HttpRequest request, string webhook, int? signer, int owner) =>
        Refuse<VonageInbound>(request, webhook, StatusCodes.Status503ServiceUnavailable, "Signed by another account",
            $"The webhook is signed by {AccountName(signer)}, but its line belongs to dealership {owner}, which uses {AccountName(options.Value.AccountOf(owner))}. Check Vonage:Dealerships.").Refusal!;

    private static string AccountName(int? account) => account is { } id ? $"dealership {id}'s own Vonage account" : "the install's Vonage account";

    private WebhookRead<T> Refuse<T>(HttpRequest request, string webhook, int status, string title, string detail) where T : class, IVonageWebhook
    {
        VonageLog.WebhookRefused(logger, webhook, request.HttpContext.Connection.RemoteIpAddress?.ToString(), detail);
        return new WebhookRead<T>(null, TypedResults.Problem(statusCode: status, title: title, detail: detail));
    }

    /// <summary>The whole body, or null when it is longer than the limit (read no further than limit + 1).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
