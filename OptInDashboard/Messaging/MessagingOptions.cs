namespace OptInDashboard.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Messaging";
    public const string Simulator = "Simulator";
    public const string Vonage = "Vonage";

    /// <summary>"Simulator" (default: no account needed) or "Vonage".</summary>
    public string Provider { get; set; } = Simulator;

    /// <summary>The simulator page, and simulated inbound texts, exist only with the simulator provider.</summary>
    public bool UsesSimulator => Provider == Simulator;

    /// <summary>False for an instance that serves pages and webhooks but leaves sending to others (and for tests that dispatch by hand).</summary>
    public bool DispatchInBackground { get; set; } = true;

    /// <summary>
    /// How long a claimed message may stay in Sending before it is taken for orphaned (its dispatcher
    /// stopped mid-send). Must be longer than the slowest possible send, retries included.
    /// </summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(5);
}
