namespace OptInDashboard.Messaging.Vonage;

/// <summary>
/// Which Vonage errors mean "this number is opted out": the carrier holds a STOP (toll-free numbers), or
/// Vonage's Opt-Out Assist blocked the text (10DLC). Vonage answers such a send with 202 and then reports
/// it in the status webhook as rejected, with the error.
/// </summary>
public static class VonageOptOutErrors
{
    /// <summary>
    /// Messages API error 1240, "Illegal Number: you tried to send a message to a blacklisted phone number.
    /// That is, the user has already sent a STOP opt-out message and no longer wishes to receive messages
    /// from you." (developer.vonage.com/en/api-errors/messages). Opt-Out Assist's guide, "Messaging Opted-out
    /// Numbers", says a text to an opted-out number is blocked and reported in the status webhook.
    /// </summary>
    public const int IllegalNumber = 1240;

    public static bool IsOptOut(VonageProblem? error) =>
        error is not null && (error.Code == IllegalNumber || SaysOptedOut(error.Title) || SaysOptedOut(error.Detail));

    /// <summary>Providers word the same refusal differently ("opted out", "opt-out"); the words count as well as the code.</summary>
    private static bool SaysOptedOut(string? text) =>
        text is not null && (text.Contains("opted out", StringComparison.OrdinalIgnoreCase)
            || text.Contains("opted-out", StringComparison.OrdinalIgnoreCase)
            || text.Contains("opt-out", StringComparison.OrdinalIgnoreCase)
            || text.Contains("opt out", StringComparison.OrdinalIgnoreCase));
}
