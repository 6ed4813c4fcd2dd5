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
        var sending = messaging.Value.Provider == MessagingOptions.Vonage;
        ValidateAccount(o, "Vonage", o, sending, errors);
        foreach (var (dealership, account) in o.Dealerships)
        {
            var section = $"Vonage:Dealerships:{dealership}";
            if (dealership <= 0) errors.Add($"{section}: a dealership id is a positive number.");
            // The key names the account in its webhooks' tokens, so it is needed whichever way it sends.
            if (string.IsNullOrWhiteSpace(account.ApiKey)) errors.Add($"{section}:ApiKey is required: it names the account in the webhooks it signs.");
            else if (account.ApiKey == o.ApiKey || o.Dealerships.Count(d => d.Value.ApiKey == account.ApiKey) > 1)
                errors.Add($"{section}:ApiKey {account.ApiKey} is also another account's: each dealership listed here has a Vonage account of its own.");
            ValidateAccount(o, section, account, sending, errors);
        }
        if (o.WebhookMaxTokenAge <= TimeSpan.Zero) errors.Add("Vonage:WebhookMaxTokenAge must be positive.");
        if (o.WebhookMaxBodyBytes <= 0) errors.Add("Vonage:WebhookMaxBodyBytes must be positive.");
        if (o.WebhookPermitsPerSecond <= 0) errors.Add("Vonage:WebhookPermitsPerSecond must be positive.");
        if (o.MediaMaxBytes <= 0) errors.Add("Vonage:MediaMaxBytes must be positive.");
        if (o.MediaFetchTimeout <= TimeSpan.Zero) errors.Add("Vonage:MediaFetchTimeout must be positive.");
        if (o.MediaFetchAttempts is < 1 or > 50) errors.Add("Vonage:MediaFetchAttempts must be between 1 and 50.");
        if (o.MediaRetryBaseDelay < TimeSpan.Zero) errors.Add("Vonage:MediaRetryBaseDelay must not be negative.");

        if (sending)
        {
            if (!o.BaseUrl.IsAbsoluteUri) errors.Add("Vonage:BaseUrl must be an absolute URL.");
            if (o.AttemptTimeout <= TimeSpan.Zero) errors.Add("Vonage:AttemptTimeout must be positive.");
            if (o.MaxRetries is < 1 or > 10) errors.Add("Vonage:MaxRetries must be between 1 and 10.");
            if (o.RetryBaseDelay < TimeSpan.Zero) errors.Add("Vonage:RetryBaseDelay must not be negative.");
            if (o.MaxRetryAfter < TimeSpan.Zero) errors.Add("Vonage:MaxRetryAfter must not be negative.");
            if (o.WorstCaseSend() >= messaging.Value.SendingLease)
                errors.Add($"Messaging:SendingLease ({messaging.Value.SendingLease}) must be longer than the slowest Vonage send ({o.WorstCaseSend()}), or a send still in progress would be taken for orphaned.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The install's account or a dealership's own, under its configuration section.</summary>
    private void ValidateAccount(VonageOptions o, string section, VonageCredentials account, bool sending, List<string> errors)
    {
        if (o.WebhooksEnabled && string.IsNullOrWhiteSpace(account.SignatureSecret) && !environment.IsDevelopment())
            errors.Add($"{section}:SignatureSecret is required in {environment.EnvironmentName} while Vonage:WebhooksEnabled is true: unsigned webhooks would let anyone forge texts and opt-outs.");
        // Whatever the provider: the media fetcher signs downloads with the application's key too.
        if (account.UsesJwt && (string.IsNullOrWhiteSpace(account.PrivateKeyPath) || !File.Exists(account.PrivateKeyPath)))
            errors.Add($"{section}:PrivateKeyPath must name the application's private key file when {section}:ApplicationId is set.");
        if (sending && !account.UsesJwt && (string.IsNullOrWhiteSpace(account.ApiKey) || string.IsNullOrWhiteSpace(account.ApiSecret)))
            errors.Add($"Set {section}:ApiKey and {section}:ApiSecret (Basic), or {section}:ApplicationId and {section}:PrivateKeyPath (JWT).");
    }
}
