namespace OptInDashboard.Accounts;

internal static partial class AccountsLog
{
    [LoggerMessage(LogLevel.Warning, "Sign-in refused for {Email} from {Address}: {Reason}")]
    public static partial void SignInRefused(ILogger logger, string email, string address, string reason);

    [LoggerMessage(LogLevel.Warning, "Too many sign-in attempts from {Address}: refused until the limit refills")]
    public static partial void SignInRateLimited(ILogger logger, string address);
}
