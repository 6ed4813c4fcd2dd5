using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OptInDashboard.Demo;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Demo;

/// <summary>
/// One SQLite file that several app starts share, as `dotnet run` twice on the same machine does; each
/// start's console (the demo's sign-in notice) is kept apart.
/// </summary>
internal sealed class DemoDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("optin-demo-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "demo.db")}";

    /// <summary>An app on this database; <paramref name="password"/> null leaves Demo:Password unset.</summary>
    public (ConfiguredTestApp App, StringWriter Console) Start(string? password, bool seed = true)
    {
        var console = new StringWriter();
        var app = new ConfiguredTestApp(
            new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite", // a SQLite file of its own, whichever provider the run tests
                ["ConnectionStrings:Consent"] = ConnectionString,
                ["Demo:Seed"] = seed.ToString(),
                ["Demo:Password"] = password,
            },
            services => services.AddSingleton(provider => new DemoSignInNotice(
                provider.GetRequiredService<IHostApplicationLifetime>(), provider.GetRequiredService<IServer>(), console)));
        _ = app.Services; // starts the host: migrations, seeding and the start-up notice
        return (app, console);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
