using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Messaging;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>
/// Rule 10's race, for real: each customer texts STOP (staggered, so some land before the dispatchers reach the
/// texts and some after) while an advisor sends three texts, on one app instance or two sharing a database, every
/// dispatcher running. No send may go out after its STOP is committed, and the race must have been real.
/// </summary>
public static class StopVersusSendsRace
{
    public static async Task RunAsync(WebApplicationFactory<Program> stopsOn, WebApplicationFactory<Program> sendsOn,
        ProviderThatChecksConsentAtSendTime provider, IReadOnlyList<string> customers, int staggerMs = 100)
    {
        provider.Database = () => Db(stopsOn);
        var pipeline = stopsOn.Services.GetRequiredService<InboundPipeline>();
        var sender = sendsOn.Services.GetRequiredService<AdvisorSender>();
        var serviceLine = OptInDashboard.Demo.DemoSeeder.ServiceLine;
        foreach (var customer in customers)
            await pipeline.AcceptAsync(new InboundSms($"hello-{customer}", customer, serviceLine, "Is my car ready?"));
        Dictionary<string, int> contactIds;
        int lineId;
        await using (var db = Db(stopsOn))
        {
            contactIds = await db.Contacts.Where(c => c.AccountId == Staff.Riverside).ToDictionaryAsync(c => c.PhoneNumber, c => c.Id);
            lineId = await db.RiversideLines().Where(l => l.Name == "Service").Select(l => l.Id).SingleAsync();
        }

        await Task.WhenAll(customers.SelectMany((customer, i) => new Task[]
        {
            Task.Run(async () => { await Task.Delay(i * staggerMs); await pipeline.AcceptAsync(new InboundSms($"stop-{customer}", customer, serviceLine, "STOP")); }),
            Task.Run(() => sender.SendAsync(contactIds[customer], lineId, "Your car is ready", Staff.Advisor)),
            Task.Run(() => sender.SendAsync(contactIds[customer], lineId, "Pick up by 6", Staff.Advisor)),
            Task.Run(() => sender.SendAsync(contactIds[customer], lineId, "Thanks!", Staff.Advisor)),
        }));
        await Eventually.Get(async () =>
        {
            await using var db = Db(stopsOn);
            return await db.Messages.AnyAsync(m => m.Status == MessageStatus.Queued || m.Status == MessageStatus.Sending) ? null : "drained";
        }, "the outbox to drain", timeoutMs: 30_000);

        Assert.Empty(provider.Violations);
        Assert.DoesNotContain(provider.SendsPerMessage, sends => sends.Value > 1);
        Assert.True(provider.StaffSends > 0, "no advisor text went out before its STOP: the race was not real");
        await using var check = Db(stopsOn);
        Assert.True(await check.Messages.CountAsync(m => m.Sender == MessageSender.Staff && m.Status == MessageStatus.Blocked) > 0,
            "no advisor text was stopped by its STOP: the race was not real");
        foreach (var id in customers.Select(c => contactIds[c]))
        {
            Assert.Equal(ConsentStatus.OptedOut, await check.ConsentRecords.Where(r => r.ContactId == id && r.LineId == lineId).Select(r => r.Status).SingleAsync());
            Assert.Equal(1, await check.Messages.CountAsync(m => m.ContactId == id && m.AutoReply == AutoReply.OptOutConfirmation && m.Status == MessageStatus.Delivered));
        }
    }

    private static ConsentDbContext Db(WebApplicationFactory<Program> app) => app.Services.GetRequiredService<DealershipDb>().ForEveryDealership();
}
