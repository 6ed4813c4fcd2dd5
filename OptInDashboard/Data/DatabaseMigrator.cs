using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using OptInDashboard.Demo;

namespace OptInDashboard.Data;

/// <summary>
/// Brings the database to the current schema before anything else starts, then seeds the demo if asked. On
/// PostgreSQL several instances may start at once: the database is created by whichever gets there first, and
/// migrating and seeding take turns under an advisory lock, so the later ones find the work done.
/// </summary>
internal sealed class DatabaseMigrator(IServiceProvider services, ILogger<DatabaseMigrator> logger) : IHostedService
{
    /// <summary>The advisory lock's key: any number no other use of the database takes; these are the letters of "OPTINDB".</summary>
    private const long StartUpTurn = 0x4F5054494E4442;

    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<DealershipDb>().ForEveryDealership();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct); // readers never wait for the writer
            await MigrateAndSeedAsync(db, scope.ServiceProvider, ct);
        }
        else
        {
            await CreateUnlessThereAsync(db, ct);
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartUpTurn})", ct);
            try { await MigrateAndSeedAsync(db, scope.ServiceProvider, ct); }
            finally { await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartUpTurn})", CancellationToken.None); }
        }
        logger.LogInformation("Database ready");
    }

    private static async Task MigrateAndSeedAsync(ConsentDbContext db, IServiceProvider scope, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        await scope.GetRequiredService<DemoSetup>().RunAsync(scope, ct);
    }

    /// <summary>Another instance may create it in the same moment: that one's database is as good as ours.</summary>
    private static async Task CreateUnlessThereAsync(ConsentDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct)) return;
        try { await creator.CreateAsync(ct); }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase) { }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
