using Microsoft.Extensions.Logging.Console;

namespace OptInDashboard.Intent.Cli;

/// <summary>
/// The services the commands use, registered by the same <see cref="IntentExtensions.AddIntentModel{TBuilder}"/>
/// as the web app, from the same appsettings.json, without a web server. Logs go to stderr so that stdout
/// carries only the commands' output.
/// </summary>
internal static class CliHost
{
    public static IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        // A provider rule, so that it outranks appsettings.json's "Default" level.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.AddIntentModel();
        return builder.Build();
    }

    public static string DefaultDataPath => Path.Combine(AppContext.BaseDirectory, "Intent", "Data", "intents.tsv");
}
