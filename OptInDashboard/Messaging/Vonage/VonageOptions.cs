namespace OptInDashboard.Messaging.Vonage;

/// <summary>The Vonage Messages API: sending (used when Messaging:Provider is Vonage) and its webhooks.</summary>
public sealed class VonageOptions
{
    public const string Section = "Vonage";

    public Uri BaseUrl { get; set; } = new("https://api.nexmo.com");

    /// <summary>Basic authentication: the account's API key and secret.</summary>
    public string? ApiKey { get; set; }
    public string? ApiSecret { get; set; }

    /// <summary>JWT authentication (preferred by Vonage): the application id and its RSA private key (PEM file).</summary>
    public string? ApplicationId { get; set; }
    public string? PrivateKeyPath { get; set; }

    /// <summary>Signs Vonage's webhooks (HS256). Required outside Development while webhooks are enabled.</summary>
    public string? SignatureSecret { get; set; }

    /// <summary>Maps /webhooks/vonage/inbound and /webhooks/vonage/status.</summary>
    public bool WebhooksEnabled { get; set; } = true;

    /// <summary>A webhook token issued longer ago than this is refused as a replay.</summary>
    public TimeSpan WebhookMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    public int WebhookMaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Per client address; above it webhooks get 429 and Vonage delivers them again later.</summary>
    public int WebhookPermitsPerSecond { get; set; } = 2000;

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt, for 429, 5xx, transport errors and (see RetryTimeouts) timeouts.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; doubled each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// A timed-out attempt may have reached Vonage, and the Messages API has no idempotency key, so
    /// retrying it can send the text twice. False: a timeout fails the message at once, as of unknown outcome.
    /// </summary>
    public bool RetryTimeouts { get; set; } = true;

    public bool UsesJwt => !string.IsNullOrWhiteSpace(ApplicationId);

    /// <summary>The longest one send can take, retries and back-off included (Polly caps each delay at 30 s).</summary>
    public TimeSpan WorstCaseSend()
    {
        var delays = TimeSpan.Zero;
        for (var retry = 0; retry < MaxRetries; retry++)
            delays += TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(30).Ticks, RetryBaseDelay.Ticks * (1L << Math.Min(retry, 20)) * 2));
        return AttemptTimeout * (MaxRetries + 1) + delays;
    }
}
