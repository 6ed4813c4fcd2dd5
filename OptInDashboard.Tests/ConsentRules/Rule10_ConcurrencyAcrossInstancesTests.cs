using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>
/// Rule 10 with two app instances on one PostgreSQL, as behind a load balancer: a webhook may reach either, both
/// drain the outbox and both recover orphaned sends, and still no text goes out after its STOP, none goes out
/// twice and nothing is recorded twice. Each instance is a host of its own (its own dispatcher, live updates and
/// caches) over the same database. PostgreSQL only (the test script's second run): several instances on one
/// SQLite file are not a supported set-up.
/// </summary>
[Trait("Runs", "OnPostgreSQL")]
public sealed class Rule10_ConcurrencyAcrossInstancesTests : IDisposable
{
    private readonly TestApp _database;
    private readonly string[] _customers = Enumerable.Range(0, 12).Select(i => $"+1555202{i:0000}").ToArray();

    public Rule10_ConcurrencyAcrossInstancesTests()
    {
        TestApp.RequirePostgreSql();
        _database = new TestApp(dispatchInBackground: true);
    }

    [Fact]
    public async Task AStopOnOneInstanceAndSendsOnAnotherNeverLetASendOutAfterTheStopIsCommitted()
    {
        var provider = new ProviderThatChecksConsentAtSendTime();
        var (first, second) = Instances(_database, provider, provider);
        // STOPs further apart still than on one instance: on a loaded machine (the test script's PostgreSQL run, classes in
        // parallel) the dispatchers may take over half a second to reach the texts, and then every STOP wins.
        await StopVersusSendsRace.RunAsync(stopsOn: first, sendsOn: second, provider, _customers, staggerMs: 150);
    }

    [Fact]
    public async Task TwoInstancesDrainingOneOutboxSendEachTextOnce()
    {
        using var paused = new TestApp(dispatchInBackground: false);
        var (onFirst, onSecond) = (new ProviderThatChecksConsentAtSendTime(), new ProviderThatChecksConsentAtSendTime());
        var (first, second) = Instances(paused, onFirst, onSecond);
        onFirst.Database = onSecond.Database = () => Db(first);
        var queued = await QueueTextsAsync(first, textsPerCustomer: 10);

        await Task.WhenAll(DrainAsync(first), DrainAsync(second));

        var sends = onFirst.SendsPerMessage.Concat(onSecond.SendsPerMessage).ToList();
        Assert.Equal(queued.Order(), sends.Select(s => s.Key).Order());
        Assert.All(sends, s => Assert.Equal(1, s.Value));
        Assert.True(onFirst.SendsPerMessage.Count > 0 && onSecond.SendsPerMessage.Count > 0, "one instance sent everything: the race was not real");
        await using var db = Db(first);
        Assert.Equal(queued.Count, await db.Messages.CountAsync(m => queued.Contains(m.Id) && m.Status == MessageStatus.Delivered));
    }

    [Fact]
    public async Task OrphanedSendsRecoveredByTwoInstancesAtOnceAreEachRecoveredOnce()
    {
        using var paused = new TestApp(dispatchInBackground: false);
        var provider = new ProviderThatChecksConsentAtSendTime();
        var (first, second) = Instances(paused, provider, provider);
        var orphaned = await QueueTextsAsync(first, textsPerCustomer: 5);
        await using (var db = Db(first))
            await db.Messages.Where(m => orphaned.Contains(m.Id))
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, MessageStatus.Sending).SetProperty(x => x.UpdatedAt, DateTime.UtcNow.AddHours(-1)));

        var recovered = await Task.WhenAll(
            first.Services.GetRequiredService<OutboxRecovery>().RecoverOrphanedSendsAsync(CancellationToken.None),
            second.Services.GetRequiredService<OutboxRecovery>().RecoverOrphanedSendsAsync(CancellationToken.None));

        Assert.Equal(orphaned.Count, recovered.Sum());
        await using var check = Db(first);
        Assert.Equal(orphaned.Count, await check.Messages.CountAsync(m => orphaned.Contains(m.Id) && m.Status == MessageStatus.Failed && m.StatusReason == OutboxRecovery.UnknownOutcome));
        Assert.Empty(provider.SendsPerMessage);
    }

    [Fact]
    public async Task OneWebhookDeliveredToBothInstancesAtOnceGivesOneMessageOneEventOneConfirmation()
    {
        var provider = new ProviderThatChecksConsentAtSendTime();
        var (first, second) = Instances(_database, provider, provider);
        provider.Database = () => Db(first);
        var stop = new InboundSms("same-uuid-both-instances", _customers[0], OptInDashboard.Demo.DemoSeeder.ServiceLine, "STOP");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).Services.GetRequiredService<InboundPipeline>().AcceptAsync(stop))));

        Assert.Single(outcomes, o => o == InboundOutcome.Accepted);
        await using var db = Db(first);
        var contactId = await db.RiversideContacts().Where(c => c.PhoneNumber == _customers[0]).Select(c => c.Id).SingleAsync();
        Assert.Equal(1, await db.Messages.CountAsync(m => m.ProviderMessageId == stop.ProviderMessageId));
        Assert.Equal(1, await db.ConsentEvents.CountAsync(e => e.ContactId == contactId));
        Assert.Equal(1, await db.Messages.CountAsync(m => m.ContactId == contactId && m.AutoReply == AutoReply.OptOutConfirmation));
    }

    /// <summary>Two instances over <paramref name="database"/>'s database, each with its provider; the first starts (migrates, seeds) first.</summary>
    private static (WebApplicationFactory<Program> First, WebApplicationFactory<Program> Second) Instances(
        TestApp database, ISmsProvider onFirst, ISmsProvider onSecond) =>
        (database.AnotherInstance(onFirst), database.AnotherInstance(onSecond));

    /// <summary>Advisor texts to every Riverside customer on the Service line who may be texted, left in the outbox.</summary>
    private async Task<List<long>> QueueTextsAsync(WebApplicationFactory<Program> app, int textsPerCustomer)
    {
        var pipeline = app.Services.GetRequiredService<InboundPipeline>();
        foreach (var customer in _customers)
            await pipeline.AcceptAsync(new InboundSms($"hello-{customer}", customer, OptInDashboard.Demo.DemoSeeder.ServiceLine, "Is my car ready?"));
        await using var db = Db(app);
        var lineId = await db.RiversideLines().Where(l => l.Name == "Service").Select(l => l.Id).SingleAsync();
        var contactIds = await db.Contacts.Where(c => _customers.Contains(c.PhoneNumber)).Select(c => c.Id).ToListAsync();
        var sender = app.Services.GetRequiredService<AdvisorSender>();
        var queued = new List<long>();
        foreach (var contactId in contactIds)
            for (var i = 0; i < textsPerCustomer; i++)
                queued.Add((await sender.SendAsync(contactId, lineId, $"Update {i}", Staff.Advisor)).Id);
        return queued;
    }

    private static async Task DrainAsync(WebApplicationFactory<Program> app)
    {
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchBatchAsync(CancellationToken.None) > 0) { }
    }

    private static ConsentDbContext Db(WebApplicationFactory<Program> app) => app.Services.GetRequiredService<DealershipDb>().ForEveryDealership();

    public void Dispose() => _database?.Dispose();
}
