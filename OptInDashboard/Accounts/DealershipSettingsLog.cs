using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

internal static partial class DealershipSettingsLog
{
    [LoggerMessage(LogLevel.Information, "{Admin} set opt-out scope {OptOut}, opt-in scope {OptIn}, time zone {TimeZone}, carrier-confirmed lines {Lines}, marketing lines {MarketingLines}")]
    public static partial void SettingsSaved(this ILogger logger, string admin, ConsentScope optOut, ConsentScope optIn, string timeZone, string lines, string marketingLines);

    [LoggerMessage(LogLevel.Warning, "Refused a settings change by {Admin}: {Reason}")]
    public static partial void SettingsRefused(this ILogger logger, string admin, string reason);
}
