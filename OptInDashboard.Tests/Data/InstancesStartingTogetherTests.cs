using Microsoft.EntityFrameworkCore;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Data;

/// <summary>
/// Two app instances started at the same moment on one new PostgreSQL database, as a deployment of several does:
/// both come up, the schema is made once and the demo is seeded once. PostgreSQL only (the test script's second run).
/// </summary>
[Trait("Runs", "OnPostgreSQL")]
public sealed class InstancesStartingTogetherTests
{
    [Fact]
    public async Task TwoInstancesStartingTogetherOnANewDatabaseBothStartAndSeedTheDemoOnce()
    {
        TestApp.RequirePostgreSql();
        using var database = new TestApp(dispatchInBackground: false);
        using var first = database.WithWebHostBuilder(_ => { });
        using var second = database.WithWebHostBuilder(_ => { });

        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        await using var db = database.CreateDbContext();
        Assert.Equal(["Lakeside Motors", "Riverside Motors"], await db.Accounts.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync());
        Assert.Equal(1, await db.DealerGroups.CountAsync());
        Assert.Equal(await db.Users.Select(u => u.UserName).Distinct().CountAsync(), await db.Users.CountAsync());
    }
}
