using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>
/// Rule 10: racing writers, for real — many tasks against a SQLite file, the background dispatcher
/// running — never let a send out after a STOP is committed, and leave one consistent status.
/// </summary>
public sealed class Rule10_ConcurrencyTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: true, fileDatabase: true);
    private readonly string[] _customers = Enumerable.Range(0, 12).Select(i => $"+1555201{i:0000}").ToArray();

    [Fact]
    public async Task AStopAndAdvisorSendsRacingNeverLetASendOutAfterTheStopIsCommitted()
    {
        var provider = new ProviderThatChecksConsentAtSendTime();
        using var app = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ISmsProvider>(provider)));
        await StopVersusSendsRace.RunAsync(stopsOn: app, sendsOn: app, provider, _customers);
    }

    [Fact]
    public async Task TwoWebhooksForTheSameContactAtOnceGiveOneConsistentStatus()
    {
        var pipeline = _app.Get<InboundPipeline>();
        var serviceLine = OptInDashboard.Demo.DemoSeeder.ServiceLine;
        var customer = _customers[0];

        for (var round = 0; round < 10; round++)
        {
            await Task.WhenAll(
                Task.Run(() => pipeline.AcceptAsync(new InboundSms($"stop-{round}", customer, serviceLine, "STOP"))),
                Task.Run(() => pipeline.AcceptAsync(new InboundSms($"start-{round}", customer, serviceLine, "START"))),
                Task.Run(() => pipeline.AcceptAsync(new InboundSms($"stop-{round}", customer, serviceLine, "STOP"))));
        }

        await using var db = _app.CreateDbContext();
        var contactId = await db.RiversideContacts().Where(c => c.PhoneNumber == customer).Select(c => c.Id).SingleAsync();
        var ledger = await db.ConsentEvents.Where(e => e.ContactId == contactId).OrderBy(e => e.Id).ToListAsync();
        var record = await db.ConsentRecords.SingleAsync(r => r.ContactId == contactId);
        for (var i = 1; i < ledger.Count; i++)
            Assert.Equal(ledger[i - 1].NewStatus, ledger[i].OldStatus);
        Assert.Equal(ledger[^1].NewStatus, record.Status);
        Assert.Equal(ledger.Count, record.Version);
        Assert.Equal(20, await db.Messages.CountAsync(m => m.ContactId == contactId && m.Direction == MessageDirection.Inbound));
    }

    [Fact]
    public async Task TenConcurrentDeliveriesOfOneMessageGiveOneMessageOneEventOneConfirmation()
    {
        var pipeline = _app.Get<InboundPipeline>();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            Task.Run(() => pipeline.AcceptAsync(new InboundSms("same-uuid", _customers[1], OptInDashboard.Demo.DemoSeeder.ServiceLine, "STOP")))));

        Assert.Single(outcomes, o => o == InboundOutcome.Accepted);
        await using var db = _app.CreateDbContext();
        var contactId = await db.RiversideContacts().Where(c => c.PhoneNumber == _customers[1]).Select(c => c.Id).SingleAsync();
        Assert.Equal(1, await db.Messages.CountAsync(m => m.ProviderMessageId == "same-uuid"));
        Assert.Equal(1, await db.ConsentEvents.CountAsync(e => e.ContactId == contactId));
        Assert.Equal(1, await db.Messages.CountAsync(m => m.ContactId == contactId && m.AutoReply == AutoReply.OptOutConfirmation));
    }

    public void Dispose() => _app.Dispose();
}
