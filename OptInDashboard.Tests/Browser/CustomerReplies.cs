namespace OptInDashboard.Tests.Browser;

/// <summary>The exact texts a customer's phone must show; written out here so a change to the app's wording fails a test.</summary>
internal static class CustomerReplies
{
    public const string OptedOut = "This message has been detected as an opt-out message, and the system has opted you out of receiving text messages. Please send REJOIN or OPTIN to opt back in.";
    public const string StillOptedOut = "You are currently opted out of receiving texts. Please send OPTIN or REJOIN to opt back in.";
    public const string OptedBackIn = "Based on your previous message, you have opted back in.";
    public const string Footer = "Text STOP to opt-out";
}
