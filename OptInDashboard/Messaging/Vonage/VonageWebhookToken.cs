using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OptInDashboard.Messaging.Vonage;

public enum WebhookTokenCheck
{
    Valid,
    Missing,
    Malformed,
    BadSignature,
    PayloadMismatch,
    Stale,
}

/// <summary>
/// Vonage's signed webhooks: "Authorization: Bearer &lt;JWT&gt;", HS256 with the signature secret, whose
/// payload_hash claim is the hex SHA-256 of the raw body and whose iat dates it. Checked by hand, not
/// with a JWT library, because IdentityModel refuses HMAC keys under 256 bits and Vonage secrets may
/// be shorter. Sign is the same format the other way, for tests and the load tool.
/// </summary>
public static class VonageWebhookToken
{
    private static readonly TimeSpan FutureSkew = TimeSpan.FromMinutes(1);
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public static WebhookTokenCheck Verify(string secret, string? authorization, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan maxAge)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return WebhookTokenCheck.Missing;
        var parts = authorization["Bearer ".Length..].Trim().Split('.');
        if (parts.Length != 3) return WebhookTokenCheck.Malformed;
        try
        {
            using (var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])))
                if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "HS256")
                    return WebhookTokenCheck.Malformed;

            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
            if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2]))) return WebhookTokenCheck.BadSignature;

            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var claims = payload.RootElement;
            if (!claims.TryGetProperty("payload_hash", out var hash) || hash.ValueKind != JsonValueKind.String
                || !claims.TryGetProperty("iat", out var iat) || !iat.TryGetInt64(out var issuedAt))
                return WebhookTokenCheck.Malformed;
            if (!string.Equals(hash.GetString(), PayloadHash(body), StringComparison.OrdinalIgnoreCase)) return WebhookTokenCheck.PayloadMismatch;

            var issued = DateTimeOffset.FromUnixTimeSeconds(issuedAt);
            var expired = claims.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var expiresAt) && DateTimeOffset.FromUnixTimeSeconds(expiresAt) < now;
            return now - issued > maxAge || issued - now > FutureSkew || expired ? WebhookTokenCheck.Stale : WebhookTokenCheck.Valid;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return WebhookTokenCheck.Malformed;
        }
    }

    public static string Sign(string secret, ReadOnlySpan<byte> body, DateTimeOffset issuedAt)
    {
        var claims = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
            ["iss"] = "Vonage",
            ["payload_hash"] = PayloadHash(body),
        });
        var signingInput = $"{Header}.{Base64Url.EncodeToString(claims)}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    public static string PayloadHash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));
}
