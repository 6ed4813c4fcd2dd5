using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OptInDashboard.Data;
using OptInDashboard.Messaging;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>
/// The real app with the demo data seeded, over a database of its own: by default a private in-memory
/// SQLite (shared cache, kept alive by one open connection); with <c>fileDatabase</c> a SQLite file in a
/// temporary folder, for tests of real parallel writers. When OPTIN_TEST_POSTGRES names a PostgreSQL server
/// (the test script's second run), the default is a fresh database of its own on that server instead, dropped
/// at the end. Each instance is its own world.
/// </summary>
public class TestApp : WebApplicationFactory<Program>
{
    /// <summary>Configured explicitly (Demo:Password): the app itself publishes no password.</summary>
    public const string DemoPassword = "Tests-Only!2026";

    /// <summary>A connection string to a PostgreSQL server the tests may create databases on, or null: SQLite only.</summary>
    public static readonly string? PostgreSqlServer = Environment.GetEnvironmentVariable("OPTIN_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>For the tests of several instances on one database (trait Runs=OnPostgreSQL): they need a PostgreSQL server.</summary>
    public static void RequirePostgreSql()
    {
        if (PostgreSqlServer is null)
            throw new InvalidOperationException("This test needs a PostgreSQL server: run scripts/test.sh, or set OPTIN_TEST_POSTGRES to one.");
    }

    private readonly string? _postgreSqlDatabase;

    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;
    private readonly string? _folder;
    private readonly bool _dispatchInBackground;

    public TestApp() : this(dispatchInBackground: true) { }

    public TestApp(bool dispatchInBackground, bool fileDatabase = false)
    {
        _dispatchInBackground = dispatchInBackground;
        if (fileDatabase)
        {
            _folder = Directory.CreateTempSubdirectory("optin-test-").FullName;
            _connectionString = $"Data Source={Path.Combine(_folder, "test.db")}";
        }
        else if (PostgreSqlServer is { } server)
        {
            _postgreSqlDatabase = $"optin_test_{Guid.NewGuid():N}";
            _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgreSqlDatabase }.ConnectionString;
        }
        else
        {
            _connectionString = $"Data Source=test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            _keepAlive = new SqliteConnection(_connectionString);
            _keepAlive.Open();
        }
    }

    public CapturedLogs Logs { get; } = new();

    /// <summary>The folder of the database file, for an app made with a file database.</summary>
    public string? DatabaseFolder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", _postgreSqlDatabase is null ? "Sqlite" : "PostgreSQL");
        builder.UseSetting("ConnectionStrings:Consent", _connectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Messaging:DispatchInBackground", _dispatchInBackground.ToString());
        builder.UseSetting("Vonage:WebhooksEnabled", "true"); // the embedded defaults leave them off with the simulator
        builder.UseSetting("SignIn:AttemptsPerMinutePerAddress", "100000"); // tests sign in fast from one address; SignInHardeningTests set the limit
        // Every other rule is tested under the dealership's own scope settings, whatever today's date: Rule12_RevokeAllTests set the date and the clock.
        builder.UseSetting("Consent:RevokeAllFrom", "9999-12-31");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>A context that sees every dealership, as the app's own work does: tests look at everything.</summary>
    public ConsentDbContext CreateDbContext() => Services.GetRequiredService<DealershipDb>().ForEveryDealership();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Another instance of the app on this one's database, started, as a second server behind a load balancer
    /// would be: a host of its own (dispatcher, live updates, caches), sending through <paramref name="provider"/>
    /// when given. Disposed with this one.
    /// </summary>
    public WebApplicationFactory<Program> AnotherInstance(ISmsProvider? provider = null)
    {
        var instance = WithWebHostBuilder(b => b.ConfigureTestServices(s => { if (provider is not null) s.AddSingleton(provider); }));
        _ = instance.Services;
        return instance;
    }

    /// <summary>Sends what the outbox holds now, for tests that run without the background dispatcher.</summary>
    public Task DispatchNowAsync() => Get<OutboxDispatcher>().DispatchBatchAsync(CancellationToken.None);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _keepAlive?.Dispose();
        if (_folder is not null && Directory.Exists(_folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
        if (_postgreSqlDatabase is not null) DropPostgreSqlDatabase(_postgreSqlDatabase);
    }

    private static void DropPostgreSqlDatabase(string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSqlServer) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var drop = connection.CreateCommand();
        drop.CommandText = $"""DROP DATABASE IF EXISTS "{database}" WITH (FORCE)""";
        drop.ExecuteNonQuery();
    }
}
