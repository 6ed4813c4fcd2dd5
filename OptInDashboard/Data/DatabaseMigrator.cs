using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Demo;

namespace OptInDashboard.Data;

/// <summary>Brings the database to the current schema before anything else starts, then seeds roles and (if asked) the demo.</summary>
internal sealed class DatabaseMigrator(IServiceProvider services, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ConsentDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct); // readers never wait for the writer
            await db.Database.MigrateAsync(ct);
        }
        await RoleSeeder.SeedAsync(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DemoSetup>().RunAsync(scope.ServiceProvider, ct);
        logger.LogInformation("Database ready");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
