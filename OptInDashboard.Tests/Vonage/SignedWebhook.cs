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

    public static HttpRequestMessage Post(string path, string json, string? token = null) => new(HttpMethod.Post, path)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
        Headers = { Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token) },
    };

    public static HttpRequestMessage Signed(string path, string json, DateTimeOffset? issuedAt = null, string secret = Secret) =>
        Post(path, json, VonageWebhookToken.Sign(secret, Encoding.UTF8.GetBytes(json), issuedAt ?? DateTimeOffset.UtcNow));
}
