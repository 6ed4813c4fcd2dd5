using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OptInDashboard.Messaging.Vonage;

namespace OptInDashboard.Tests.Vonage;

/// <summary>Builds webhook requests as Vonage sends them: JSON body, Bearer JWT over its SHA-256.</summary>
public static class SignedWebhook
{
    public const string Secret = "test-signature-secret-0123456789";

    public static string Inbound(string uuid, string from, string to, string text) => JsonSerializer.Serialize(new
    {
        channel = "sms",
        message_uuid = uuid,
        to,
        from,
        timestamp = "2026-11-22T07:00:00Z",
        text,
        message_type = "text",
        sms = new { num_messages = "1" },
    });

    public static string Status(string uuid, string status, long? clientRef = null, object? error = null) => JsonSerializer.Serialize(new
    {
        message_uuid = uuid,
        to = "15555550111",
        from = "15555550100",
        timestamp = "2026-11-22T07:00:00Z",
        status,
        channel = "sms",
        client_ref = clientRef?.ToString(),
        error,
    });

    /// <summary>An inbound MMS: an attachment of the given type (image, video, audio, file, vcard) with an optional caption.</summary>
    public static string Mms(string uuid, string from, string to, string type, Uri url, string? caption = null, string? name = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["channel"] = "mms",
            ["message_uuid"] = uuid,
            ["to"] = to,
            ["from"] = from,
            ["timestamp"] = "2026-11-29T07:00:00Z",
            ["message_type"] = type,
            [type] = new Dictionary<string, object?> { ["url"] = url.ToString(), ["caption"] = caption, ["name"] = name },
        });

    /// <summary>A token with exactly this header and these claims, HS256-signed with the secret: for malformed-but-signed cases.</summary>
    public static string Token(string headerJson, string claimsJson, string secret = Secret)
    {
        static string Part(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var signingInput = $"{Part(headerJson)}.{Part(claimsJson)}";
        var signature = System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Convert.ToBase64String(signature).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
    }

    public static HttpRequestMessage Post(string path, string json, string? token = null) => new(HttpMethod.Post, path)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
        Headers = { Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token) },
    };

    public static HttpRequestMessage Signed(string path, string json, DateTimeOffset? issuedAt = null, string secret = Secret) =>
        Post(path, json, VonageWebhookToken.Sign(secret, Encoding.UTF8.GetBytes(json), issuedAt ?? DateTimeOffset.UtcNow));
}
