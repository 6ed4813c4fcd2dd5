using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OptInDashboard.Messaging.Vonage;

public enum WebhookTokenCheck
{
    Valid,
    /// <summary>No Authorization header at all: Vonage's rare unsigned delivery after an internal error.</summary>
    Missing,
    Malformed,
    BadSignature,
    PayloadMismatch,
    Stale,
}

/// <summary>
/// Vonage's signed webhooks: "Authorization: Bearer &lt;JWT&gt;", HS256 with the signature secret, whose
/// payload_hash claim is the hex SHA-256 of the raw body and whose iat dates it. Checked by hand, not
/// with Microsoft.IdentityModel's JsonWebTokenHandler: it refuses HS256 keys under 256 bits, when verifying
/// as well as signing (IDX10720, checked with 8.16.0), and the key here is the account's signature secret,
/// whose length is Vonage's choice, not ours. The api_key claim names the account that signed, for an install
/// where dealerships have Vonage accounts of their own. Whatever the header holds, the answer is a check result,
/// never an exception.
/// Sign is the same format the other way, for tests and the load tool.
/// </summary>
public static class VonageWebhookToken
{
    private static readonly TimeSpan FutureSkew = TimeSpan.FromMinutes(1);
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public static WebhookTokenCheck Verify(string secret, string? authorization, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan maxAge)
    {
        if (string.IsNullOrWhiteSpace(authorization)) return WebhookTokenCheck.Missing;
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return WebhookTokenCheck.Malformed;
        var parts = authorization["Bearer ".Length..].Trim().Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0)) return WebhookTokenCheck.Malformed;
        try
        {
            using (var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])))
                if (StringClaim(header.RootElement, "alg") != "HS256")
                    return WebhookTokenCheck.Malformed;

            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
            if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2]))) return WebhookTokenCheck.BadSignature;

            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var claims = payload.RootElement;
            if (StringClaim(claims, "payload_hash") is not { } hash || SecondsClaim(claims, "iat") is not { } issuedAt)
                return WebhookTokenCheck.Malformed;
            if (!string.Equals(hash, PayloadHash(body), StringComparison.OrdinalIgnoreCase)) return WebhookTokenCheck.PayloadMismatch;

            var issued = DateTimeOffset.FromUnixTimeSeconds(issuedAt);
            var expired = SecondsClaim(claims, "exp") is { } expiresAt && DateTimeOffset.FromUnixTimeSeconds(expiresAt) < now;
            return now - issued > maxAge || issued - now > FutureSkew || expired ? WebhookTokenCheck.Stale : WebhookTokenCheck.Valid;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException or InvalidOperationException or OverflowException)
        {
            return WebhookTokenCheck.Malformed;
        }
    }

    /// <summary>
    /// The api_key claim, read before the signature is checked: it names the account whose secret the token
    /// must then verify with. Null when the header holds no readable token or no such claim.
    /// </summary>
    public static string? ApiKeyOf(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = authorization["Bearer ".Length..].Trim().Split('.');
        if (parts.Length != 3) return null;
        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return StringClaim(payload.RootElement, "api_key");
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A string claim, or null when the JSON is not an object or the claim is missing or not a string.</summary>
    private static string? StringClaim(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A NumericDate claim (whole seconds) that a DateTimeOffset can hold, or null.</summary>
    private static long? SecondsClaim(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
        && value.TryGetInt64(out var seconds) && seconds is >= -62_135_596_800 and <= 253_402_300_799 ? seconds : null;

    public static string Sign(string secret, ReadOnlySpan<byte> body, DateTimeOffset issuedAt, string? apiKey = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
            ["iss"] = "Vonage",
            ["payload_hash"] = PayloadHash(body),
        };
        if (apiKey is not null) claims["api_key"] = apiKey;
        var claimsJson = JsonSerializer.SerializeToUtf8Bytes(claims);
        var signingInput = $"{Header}.{Base64Url.EncodeToString(claimsJson)}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    public static string PayloadHash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));
}
