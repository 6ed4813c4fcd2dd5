using System.Collections.Concurrent;
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
        provider.Database = () => app.Services.GetRequiredService<DealershipDb>().ForEveryDealership();
        var pipeline = app.Services.GetRequiredService<InboundPipeline>();
        var sender = app.Services.GetRequiredService<AdvisorSender>();
        var serviceLine = OptInDashboard.Demo.DemoSeeder.ServiceLine;
        foreach (var customer in _customers)
            await pipeline.AcceptAsync(new InboundSms($"hello-{customer}", customer, serviceLine, "Is my car ready?"));
        var contactIds = await ContactIds(app);
        var lineId = await LineId(app);

        await Task.WhenAll(_customers.SelectMany((customer, i) => new Task[]
        {
            // Staggered, so some STOPs land before the dispatcher reaches the texts and some after.
            Task.Run(async () => { await Task.Delay(i * 50); await pipeline.AcceptAsync(new InboundSms($"stop-{customer}", customer, serviceLine, "STOP")); }),
            Task.Run(() => sender.SendAsync(contactIds[customer], lineId, "Your car is ready", Staff.Advisor)),
            Task.Run(() => sender.SendAsync(contactIds[customer], lineId, "Pick up by 6", Staff.Advisor)),
            Task.Run(() => sender.SendAsync(contactIds[customer], lineId, "Thanks!", Staff.Advisor)),
        }));
        await Eventually.Get(async () =>
        {
            await using var db = app.Services.GetRequiredService<DealershipDb>().ForEveryDealership();
            return await db.Messages.AnyAsync(m => m.Status == MessageStatus.Queued || m.Status == MessageStatus.Sending) ? null : "drained";
        }, "the outbox to drain", timeoutMs: 30_000);

        Assert.Empty(provider.Violations);
        Assert.True(provider.StaffSends > 0, "no advisor text went out before its STOP: the race was not real");
        Assert.True(await BlockedStaffTexts(app) > 0, "no advisor text was stopped by its STOP: the race was not real");
        await using var check = app.Services.GetRequiredService<DealershipDb>().ForEveryDealership();
        foreach (var id in _customers.Select(c => contactIds[c]))
        {
            Assert.Equal(ConsentStatus.OptedOut, await check.ConsentRecords.Where(r => r.ContactId == id && r.LineId == lineId).Select(r => r.Status).SingleAsync());
            Assert.Equal(1, await check.Messages.CountAsync(m => m.ContactId == id && m.AutoReply == AutoReply.OptOutConfirmation && m.Status == MessageStatus.Delivered));
        }
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

    private static async Task<Dictionary<string, int>> ContactIds(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app)
    {
        await using var db = app.Services.GetRequiredService<DealershipDb>().ForEveryDealership();
        return await db.Contacts.Where(c => c.AccountId == Staff.Riverside).ToDictionaryAsync(c => c.PhoneNumber, c => c.Id);
    }

    private static async Task<int> BlockedStaffTexts(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app)
    {
        await using var db = app.Services.GetRequiredService<DealershipDb>().ForEveryDealership();
        return await db.Messages.CountAsync(m => m.Sender == MessageSender.Staff && m.Status == MessageStatus.Blocked);
    }

    private static async Task<int> LineId(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app)
    {
        await using var db = app.Services.GetRequiredService<DealershipDb>().ForEveryDealership();
        return await db.RiversideLines().Where(l => l.Name == "Service").Select(l => l.Id).SingleAsync();
    }

    /// <summary>
    /// Delivers everything, and at the moment of each send checks the database: was an opt-out for this
    /// contact and line committed before the dispatcher claimed the message? That would be a violation.
    /// </summary>
    private sealed class ProviderThatChecksConsentAtSendTime : ISmsProvider
    {
        public Func<ConsentDbContext> Database { get; set; } = () => throw new InvalidOperationException("not wired");
        public ConcurrentBag<string> Violations { get; } = [];
        private int _staffSends;
        public int StaffSends => _staffSends;

        public async Task<SmsSendResult> SendAsync(OutboundSms sms, CancellationToken ct)
        {
            // A provider call takes time, as Vonage's does: the outbox then drains while the staggered STOPs arrive.
            await Task.Delay(15, ct);
            await using var db = Database();
            var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == sms.MessageId, ct);
            if (message.Sender == MessageSender.Staff)
            {
                Interlocked.Increment(ref _staffSends);
                var claimedAt = message.UpdatedAt!.Value;
                var optedOutBefore = await db.ConsentEvents.AnyAsync(e => e.ContactId == message.ContactId && e.LineId == message.LineId
                    && e.NewStatus == ConsentStatus.OptedOut && e.OccurredAt < claimedAt, ct);
                if (optedOutBefore) Violations.Add($"message {message.Id} to contact {message.ContactId} claimed at {claimedAt:O} after an opt-out");
            }
            return new SmsSendResult(MessageStatus.Delivered, $"check-{sms.MessageId}");
        }
    }

    public void Dispose() => _app.Dispose();
}
