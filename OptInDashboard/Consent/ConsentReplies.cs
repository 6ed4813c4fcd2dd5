namespace OptInDashboard.Consent;

/// <summary>The exact texts a customer receives when consent changes. No marketing, no footer.</summary>
public static class ConsentReplies
{
    public const string OptedOut = "This message has been detected as an opt-out message, and the system has opted you out of receiving text messages. Please send REJOIN or OPTIN to opt back in.";
    public const string StillOptedOut = "You are currently opted out of receiving texts. Please send OPTIN or REJOIN to opt back in.";
    public const string OptedBackIn = "Based on your previous message, you have opted back in.";

    public static string Help(string lineName) =>
        $"{lineName}: reply STOP to opt out of texts from this number. Msg&Data rates may apply.";

    /// <summary>The opted-out reminder goes at most once per this period per contact and line, so two auto-responders cannot loop.</summary>
    public static readonly TimeSpan StillOptedOutInterval = TimeSpan.FromHours(24);
}
