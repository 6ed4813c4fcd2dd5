namespace OptInDashboard.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>"Simulator" (default: no account needed) or "Vonage".</summary>
    public string Provider { get; set; } = "Simulator";
}
