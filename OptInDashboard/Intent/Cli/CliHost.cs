using OptInDashboard.Data;
using OptInDashboard.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Console;

namespace OptInDashboard.Intent.Cli;

/// <summary>
/// The services the commands use, registered by the same <see cref="IntentExtensions.AddIntentModel{TBuilder}"/>
/// as the web app, from the same appsettings.json, without a web server. Logs go to stderr so that stdout
/// carries only the commands' output.
/// </summary>
internal static class CliHost
{
    /// <param name="withData">Also the app's database, for <c>--account</c>: the keywords an account configured.</param>
    public static IHost Build(bool withData = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        // A provider rule, so that it outranks appsettings.json's "Default" level.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.AddIntentModel();
        if (withData) builder.AddData();
        return builder.Build();
    }

    /// <summary>The account's keywords with <c>--account ID</c>; otherwise null, which means the built-in defaults.</summary>
    public static IReadOnlyDictionary<string, KeywordAction>? Keywords(IHost host, CliArguments arguments)
    {
        if (arguments["--account"] is not { } id) return null;
        if (!int.TryParse(id, out var accountId)) throw new CliUsageException($"--account takes an account number, not \"{id}\".");
        using var db = host.Services.GetRequiredService<DealershipDb>().ForEveryDealership();
        try
        {
            return AccountKeywords.ReadAsync(db, accountId).GetAwaiter().GetResult();
        }
        catch (SqliteException ex)
        {
            throw new InvalidDataException($"Cannot read the account's keywords from {db.Database.GetDbConnection().DataSource}: {ex.Message} (run the app once to create the database).");
        }
    }

    public static string DefaultDataPath => Path.Combine(AppContext.BaseDirectory, "Intent", "Data", "intents.tsv");
}
