using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.LiveUpdates;

/// <summary>
/// Two app instances on one PostgreSQL, as behind a load balancer: a text that reaches one instance shows on the
/// pages open on the other (LISTEN/NOTIFY), and an instance that lost its listening connection tells its pages to
/// reload whole rather than leave them stale. PostgreSQL only (the test script's second run).
/// </summary>
[Trait("Runs", "OnPostgreSQL")]
public sealed class LiveUpdatesAcrossInstancesTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TestApp _database;
    private readonly WebApplicationFactory<Program> _first;
    private readonly WebApplicationFactory<Program> _second;

    public LiveUpdatesAcrossInstancesTests()
    {
        TestApp.RequirePostgreSql();
        _database = new TestApp(dispatchInBackground: false);
        _first = _database.AnotherInstance();
        _second = _database.AnotherInstance();
    }

    [Fact]
    public async Task ATextArrivingOnOneInstanceReachesAPageOpenOnTheOther()
    {
        using var page = new PageOn(_second);

        await TextAsync(_first, "+15552030001", "Is my car ready?");

        var change = new ThreadChanged(await ContactIdAsync("+15552030001"), await ServiceLineIdAsync(), ThreadChangeKind.NewMessage);
        await page.Sees(c => c.Changes.Contains(change), "the new text from the other instance");
    }

    [Fact]
    public async Task AnInstanceThatLostItsListeningConnectionHasItsPagesReloadWholeAndHearsAgain()
    {
        using var page = new PageOn(_second);
        await TextAsync(_first, "+15552030002", "Hello");
        await page.Sees(c => !c.Overflowed && c.Changes.Count > 0, "a first change, heard while listening");

        await using (var db = _database.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN ' || {0}",
                PostgreSqlThreadRelay.Channel);

        await page.Sees(c => c.Overflowed, "a reload-everything once the listening connection is back");
        await TextAsync(_first, "+15552030003", "Are you open Saturday?");
        var contactId = await ContactIdAsync("+15552030003");
        await page.Sees(c => c.Changes.Any(change => change.ContactId == contactId), "changes heard again after reconnecting");
    }

    private static Task TextAsync(WebApplicationFactory<Program> instance, string from, string text) =>
        instance.Services.GetRequiredService<InboundPipeline>().AcceptAsync(new InboundSms(Guid.NewGuid().ToString(), from, OptInDashboard.Demo.DemoSeeder.ServiceLine, text));

    private async Task<int> ContactIdAsync(string phone)
    {
        await using var db = _database.CreateDbContext();
        return await db.RiversideContacts().Where(c => c.PhoneNumber == phone).Select(c => c.Id).SingleAsync();
    }

    private async Task<int> ServiceLineIdAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.RiversideLines().Where(l => l.Name == "Service").Select(l => l.Id).SingleAsync();
    }

    /// <summary>What an open Threads page on an instance is told: every batch, kept to look through.</summary>
    private sealed class PageOn : IDisposable
    {
        private readonly List<ThreadChanges> _batches = [];
        private readonly IDisposable _subscription;

        public PageOn(WebApplicationFactory<Program> instance) =>
            _subscription = instance.Services.GetRequiredService<ThreadEvents>().Subscribe(_ => true, changes =>
            {
                lock (_batches) _batches.Add(changes);
                return Task.CompletedTask;
            }, TimeSpan.Zero);

        public async Task Sees(Func<ThreadChanges, bool> wanted, string what)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (DateTime.UtcNow < deadline)
            {
                ThreadChanges[] seen;
                lock (_batches) seen = [.. _batches];
                foreach (var batch in seen)
                    if (wanted(batch)) return;
                await Task.Delay(25);
            }
            Assert.Fail($"The page on the other instance never saw {what}.");
        }

        public void Dispose() => _subscription.Dispose();
    }

    public void Dispose() => _database.Dispose();
}
