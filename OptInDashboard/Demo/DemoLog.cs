namespace OptInDashboard.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Demo data seeded; the demo users' password is the one configured in Demo:Password")]
    public static partial void SeededWithConfiguredPassword(ILogger logger);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Demo data seeded; the demo users' random password is printed once on the console when the app has started")]
    public static partial void SeededWithGeneratedPassword(ILogger logger);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Demo data already seeded; its password was printed once at its first start (set Demo:Password to choose a new one, or delete the demo database)")]
    public static partial void AlreadySeeded(ILogger logger);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Demo data already seeded; the demo users' password is now the one configured in Demo:Password")]
    public static partial void PasswordSetFromConfiguration(ILogger logger);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Demo:Seed is true, but the database already holds accounts or users that are not the demo's: nothing seeded. Set Demo:Seed to false for a real database.")]
    public static partial void RefusedDatabaseWithData(ILogger logger);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "The demo users still had the password this repository once published; replaced by a random one, printed once on the console when the app has started")]
    public static partial void PublishedPasswordReplaced(ILogger logger);
}
