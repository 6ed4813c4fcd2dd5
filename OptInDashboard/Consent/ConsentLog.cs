namespace OptInDashboard.Consent;

internal static partial class ConsentLog
{
    [LoggerMessage(LogLevel.Warning, "Refused: {User} tried to set contact {ContactId} to {Target} on line {LineId}. Only the customer can opt in.")]
    public static partial void StaffOptInRefused(this ILogger logger, string user, int contactId, int lineId, ConsentStatus target);

    [LoggerMessage(LogLevel.Warning, "Refused: {User} may not {Action}; it needs the Manager role.")]
    public static partial void ManagerOnlyRefused(this ILogger logger, string user, string action);

    [LoggerMessage(LogLevel.Information, "{User} {Action} for contact {ContactId}")]
    public static partial void StaffAction(this ILogger logger, string user, string action, int contactId);
}
