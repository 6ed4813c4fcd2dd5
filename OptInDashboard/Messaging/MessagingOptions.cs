namespace OptInDashboard.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>"Simulator" (default: no account needed) or "Vonage".</summary>
    public string Provider { get; set; } = "Simulator";

    /// <summary>False for an instance that serves pages and webhooks but leaves sending to others (and for tests that dispatch by hand).</summary>
    public bool DispatchInBackground { get; set; } = true;
}
