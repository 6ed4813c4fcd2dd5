using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using OptInDashboard.Messaging;
using OptInDashboard.Operations;

namespace OptInDashboard.Data;

public static class DataExtensions
{
    /// <summary>Generic over the builder so the intent CLI can read an account's keywords from the same database.</summary>
    public static TBuilder AddData<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var configured = builder.Configuration.GetConnectionString("Consent");
        var provider = DatabaseProviders.Read(builder.Configuration);
        // Pooled: every webhook and every outbox send opens a short-lived context; reusing them saves the set-up.
        // Contexts are made only through DealershipDb, which tells each one which dealership it sees.
        builder.Services.AddSingleton<ThreadChangePublisher>();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<ConsentChangeCounter>();
        builder.Services.AddSingleton(services => new DealershipDb(provider == DatabaseProvider.PostgreSQL
            ? PostgreSqlContexts(services, configured ?? throw new InvalidOperationException("Database:Provider is PostgreSQL: set ConnectionStrings:Consent to its connection string."))
            : SqliteContexts(services, SqliteConnectionString(configured ?? "Data Source=optindashboard.db", DataFolder(builder.Environment.ContentRootPath)))));
        // What pages, endpoints and scoped services get: contexts walled to the signed-in staff member's dealership.
        builder.Services.AddScoped<IDbContextFactory<ConsentDbContext>, StaffDbContextFactory>();
        // Identity's stores (staff sign-ins are the group's, not a dealership's) and the demo seed.
        builder.Services.AddScoped(services => services.GetRequiredService<DealershipDb>().ForEveryDealership());
        builder.Services.AddScoped<CurrentStaff>();
        builder.Services.AddSingleton<WriteGate>();
        builder.Services.AddScoped<DealershipClock>();
        builder.Services.AddHostedService<DatabaseMigrator>();
        if (provider == DatabaseProvider.PostgreSQL && configured is not null)
        {
            // Live updates between instances: NOTIFY out, LISTEN in, on connections of their own; started after the
            // migrator (hosted services start in turn), so the database is there to listen on.
            builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(configured));
            builder.Services.AddSingleton<PostgreSqlThreadRelay>();
            builder.Services.AddHostedService(services => services.GetRequiredService<PostgreSqlThreadRelay>());
        }
        return builder;
    }

    private static Func<ConsentDbContext> SqliteContexts(IServiceProvider services, string connectionString) =>
        new PooledDbContextFactory<ConsentDbContext>(Options(services, new DbContextOptionsBuilder<ConsentDbContext>().UseSqlite(connectionString))
            .AddInterceptors(new SqliteTuning()).Options).CreateDbContext;

    private static Func<ConsentDbContext> PostgreSqlContexts(IServiceProvider services, string connectionString) =>
        new PooledDbContextFactory<PostgreSqlConsentDbContext>(Options(services, new DbContextOptionsBuilder<PostgreSqlConsentDbContext>().UseNpgsql(connectionString))
            .Options).CreateDbContext;

    /// <summary>What every provider's contexts are built with: the model's options, live updates and consent metrics after commits, the app's logging.</summary>
    private static TBuilder Options<TBuilder>(IServiceProvider services, TBuilder options) where TBuilder : DbContextOptionsBuilder =>
        (TBuilder)ConsentDbContext.Configure(options)
            .AddInterceptors(services.GetRequiredService<ThreadChangePublisher>(), services.GetRequiredService<ConsentChangeCounter>())
            .UseLoggerFactory(services.GetRequiredService<ILoggerFactory>());

    /// <summary>
    /// Where a relative SQLite file lives: the user's application-data folder (on Linux
    /// ~/.local/share/OptInDashboard), so a rebuild or a clean of bin/ never deletes the data. Without a
    /// home folder, the content root.
    /// </summary>
    public static string DataFolder(string contentRoot) =>
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify) is { Length: > 0 } appData
            ? Path.Combine(appData, "OptInDashboard")
            : contentRoot;

    /// <summary>A relative SQLite file lives under the data folder, which is created on first run.</summary>
    private static string SqliteConnectionString(string configured, string dataFolder)
    {
        var csb = new SqliteConnectionStringBuilder(configured);
        if (csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(csb.DataSource))
            csb.DataSource = Path.Combine(dataFolder, csb.DataSource);
        if (Path.GetDirectoryName(csb.DataSource) is { Length: > 0 } folder && csb.Mode != SqliteOpenMode.Memory)
            Directory.CreateDirectory(folder);
        csb.Pooling = true;
        return csb.ToString();
    }
}
