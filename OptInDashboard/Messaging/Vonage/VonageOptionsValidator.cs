using Microsoft.Extensions.Options;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>
/// Webhook security and media downloads are checked whatever the provider (the simulator app still
/// receives webhooks); sending settings only when Vonage is the provider.
/// </summary>
internal sealed class VonageOptionsValidator(IOptions<MessagingOptions> messaging, IHostEnvironment environment) : IValidateOptions<VonageOptions>
{
    public ValidateOptionsResult Validate(string? name, VonageOptions o)
    {
        var errors = new List<string>();
        if (o.WebhooksEnabled && string.IsNullOrWhiteSpace(o.SignatureSecret) && !environment.IsDevelopment())
            errors.Add($"Vonage:SignatureSecret is required in {environment.EnvironmentName} while Vonage:WebhooksEnabled is true: unsigned webhooks would let anyone forge texts and opt-outs.");
        if (o.WebhookMaxTokenAge <= TimeSpan.Zero) errors.Add("Vonage:WebhookMaxTokenAge must be positive.");
        if (o.WebhookMaxBodyBytes <= 0) errors.Add("Vonage:WebhookMaxBodyBytes must be positive.");
        if (o.WebhookPermitsPerSecond <= 0) errors.Add("Vonage:WebhookPermitsPerSecond must be positive.");
        // Whatever the provider: the media fetcher signs downloads with the application's key too.
        if (o.UsesJwt && (string.IsNullOrWhiteSpace(o.PrivateKeyPath) || !File.Exists(o.PrivateKeyPath)))
            errors.Add("Vonage:PrivateKeyPath must name the application's private key file when Vonage:ApplicationId is set.");
        if (o.MediaMaxBytes <= 0) errors.Add("Vonage:MediaMaxBytes must be positive.");
        if (o.MediaFetchTimeout <= TimeSpan.Zero) errors.Add("Vonage:MediaFetchTimeout must be positive.");
        if (o.MediaFetchAttempts is < 1 or > 50) errors.Add("Vonage:MediaFetchAttempts must be between 1 and 50.");
        if (o.MediaRetryBaseDelay < TimeSpan.Zero) errors.Add("Vonage:MediaRetryBaseDelay must not be negative.");

        if (messaging.Value.Provider == MessagingOptions.Vonage)
        {
            if (!o.BaseUrl.IsAbsoluteUri) errors.Add("Vonage:BaseUrl must be an absolute URL.");
            if (!o.UsesJwt && (string.IsNullOrWhiteSpace(o.ApiKey) || string.IsNullOrWhiteSpace(o.ApiSecret)))
                errors.Add("Set Vonage:ApiKey and Vonage:ApiSecret (Basic), or Vonage:ApplicationId and Vonage:PrivateKeyPath (JWT).");
            if (o.AttemptTimeout <= TimeSpan.Zero) errors.Add("Vonage:AttemptTimeout must be positive.");
            if (o.MaxRetries is < 1 or > 10) errors.Add("Vonage:MaxRetries must be between 1 and 10.");
            if (o.RetryBaseDelay < TimeSpan.Zero) errors.Add("Vonage:RetryBaseDelay must not be negative.");
            if (o.MaxRetryAfter < TimeSpan.Zero) errors.Add("Vonage:MaxRetryAfter must not be negative.");
            if (o.WorstCaseSend() >= messaging.Value.SendingLease)
                errors.Add($"Messaging:SendingLease ({messaging.Value.SendingLease}) must be longer than the slowest Vonage send ({o.WorstCaseSend()}), or a send still in progress would be taken for orphaned.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
