using Microsoft.EntityFrameworkCore;
using OptInDashboard.Demo;

namespace OptInDashboard.Data;

/// <summary>Brings the database to the current schema before anything else starts, then seeds the demo if asked.</summary>
internal sealed class DatabaseMigrator(IServiceProvider services, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await using (var db = scope.ServiceProvider.GetRequiredService<DealershipDb>().ForEveryDealership())
        {
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct); // readers never wait for the writer
            await db.Database.MigrateAsync(ct);
        }
        await scope.ServiceProvider.GetRequiredService<DemoSetup>().RunAsync(scope.ServiceProvider, ct);
        logger.LogInformation("Database ready");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
