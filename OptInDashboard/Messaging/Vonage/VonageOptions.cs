namespace OptInDashboard.Messaging.Vonage;

/// <summary>The Vonage Messages API: sending (used when Messaging:Provider is Vonage) and its webhooks.</summary>
public sealed class VonageOptions : VonageCredentials
{
    public const string Section = "Vonage";

    public Uri BaseUrl { get; set; } = new("https://api.nexmo.com");

    /// <summary>
    /// Dealerships that send through a Vonage account or subaccount of their own, by dealership id. Every other
    /// dealership sends through the install's account, whose credentials sit at the top of the section (Vonage:ApiKey, …).
    /// </summary>
    public Dictionary<int, VonageCredentials> Dealerships { get; set; } = [];

    /// <summary>Maps /webhooks/vonage/inbound and /webhooks/vonage/status.</summary>
    public bool WebhooksEnabled { get; set; } = true;

    /// <summary>
    /// A webhook token issued longer ago than this is refused. Vonage retries a webhook that got 429 or 5xx
    /// for 24 hours (its support article "How long does Vonage retry inbound messages for the SMS, Messages
    /// and Dispatch APIs?"), and a retried delivery may carry its first token; an hour of margin on top.
    /// A replay inside the window is harmless: inbound is idempotent by message_uuid and statuses only move forward.
    /// </summary>
    public TimeSpan WebhookMaxTokenAge { get; set; } = TimeSpan.FromHours(25);

    public int WebhookMaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Per client address; above it webhooks get 429 and Vonage delivers them again later.</summary>
    public int WebhookPermitsPerSecond { get; set; } = 2000;

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Retries after the first attempt, only where the text surely did not reach Vonage: the connection could
    /// not be made, or Vonage answered 429. A timeout or a 5xx may have been sent and is never retried.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay when Vonage names none; doubled each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest Retry-After a 429 may ask for and still be waited out; a longer one fails the text as not sent.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>An inbound attachment larger than this is not downloaded (the message and its caption are still kept).</summary>
    public long MediaMaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Time limit for one attachment download.</summary>
    public TimeSpan MediaFetchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Downloads tried per attachment before it is marked failed. Vonage keeps an inbound file for 48 hours
    /// ("Secure Inbound Media"): the default schedule (below) is spent in under two hours.
    /// </summary>
    public int MediaFetchAttempts { get; set; } = 10;

    /// <summary>Wait before the second download attempt; doubled each attempt, at most 30 minutes.</summary>
    public TimeSpan MediaRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The dealership whose own account this is, or null for the install's account.</summary>
    public int? AccountOf(int dealershipId) => Dealerships.ContainsKey(dealershipId) ? dealershipId : null;

    /// <summary>The credentials a dealership sends with: its own account's, or the install's.</summary>
    public VonageCredentials CredentialsFor(int dealershipId) => CredentialsOf(AccountOf(dealershipId));

    /// <summary>An account's credentials: a dealership's own, or (null) the install's.</summary>
    public VonageCredentials CredentialsOf(int? account) =>
        account is { } id && Dealerships.TryGetValue(id, out var own) ? own : this;

    /// <summary>
    /// The account a webhook token names by its (not yet verified) api_key claim: a dealership's own, or the
    /// install's for any other key or none. Its secret then decides whether the token is genuine; an account
    /// without a secret is never chosen, so naming its key cannot skip the install's signature check.
    /// </summary>
    public int? AccountWithApiKey(string? apiKey) =>
        apiKey is null ? null
        : Dealerships.Where(d => d.Value.ApiKey == apiKey && !string.IsNullOrEmpty(d.Value.SignatureSecret)).Select(d => (int?)d.Key).FirstOrDefault();

    /// <summary>The longest one send can take, retries and waits included (Polly caps each back-off at 30 s).</summary>
    public TimeSpan WorstCaseSend()
    {
        var delays = TimeSpan.Zero;
        for (var retry = 0; retry < MaxRetries; retry++)
        {
            var backoff = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(30).Ticks, RetryBaseDelay.Ticks * (1L << Math.Min(retry, 20)) * 2));
            delays += backoff > MaxRetryAfter ? backoff : MaxRetryAfter;
        }
        return AttemptTimeout * (MaxRetries + 1) + delays;
    }

    /// <summary>The wait after the given number of failed downloads.</summary>
    public TimeSpan MediaRetryDelay(int failedAttempts) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(30).Ticks, MediaRetryBaseDelay.Ticks * (1L << Math.Clamp(failedAttempts - 1, 0, 20))));
}
