namespace OptInDashboard.Messaging.Vonage;

/// <summary>
/// One Vonage account or subaccount: how to send through it and the secret its webhooks are signed with.
/// The install's own account is <see cref="VonageOptions"/> itself; a dealership with an account of its own
/// has one under Vonage:Dealerships:&lt;dealership id&gt;. Secrets come from configuration, never the database.
/// </summary>
public class VonageCredentials
{
    /// <summary>Basic authentication: the account's API key and secret. The key also names the account in its webhooks' tokens.</summary>
    public string? ApiKey { get; set; }
    public string? ApiSecret { get; set; }

    /// <summary>JWT authentication (preferred by Vonage): the application id and its RSA private key (PEM file).</summary>
    public string? ApplicationId { get; set; }
    public string? PrivateKeyPath { get; set; }

    /// <summary>Signs the account's webhooks (HS256). Required outside Development while webhooks are enabled.</summary>
    public string? SignatureSecret { get; set; }

    public bool UsesJwt => !string.IsNullOrWhiteSpace(ApplicationId);
}
