using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Messaging;

namespace OptInDashboard.Data;

public static class DataExtensions
{
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        var connectionString = SqliteConnectionString(
            builder.Configuration.GetConnectionString("Consent") ?? "Data Source=data/optindashboard.db",
            builder.Environment.ContentRootPath);

        // Pooled: every webhook and every outbox send opens a short-lived context; reusing them saves the set-up.
        builder.Services.AddSingleton<ThreadChangePublisher>();
        builder.Services.AddPooledDbContextFactory<ConsentDbContext>((services, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(new SqliteTuning(), services.GetRequiredService<ThreadChangePublisher>()));
        builder.Services.AddSingleton<WriteGate>();
        builder.Services.AddScoped<DealershipClock>();
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    /// <summary>A relative SQLite file lives under the content root; its folder is created on first run.</summary>
    private static string SqliteConnectionString(string configured, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(configured);
        if (csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(csb.DataSource))
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        if (Path.GetDirectoryName(csb.DataSource) is { Length: > 0 } folder && csb.Mode != SqliteOpenMode.Memory)
            Directory.CreateDirectory(folder);
        csb.Pooling = true;
        return csb.ToString();
    }
}
