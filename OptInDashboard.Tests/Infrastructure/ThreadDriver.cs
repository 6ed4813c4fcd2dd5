using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Messaging;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>Plays one customer texting one demo line, and reads back what the thread holds.</summary>
public sealed class ThreadDriver(TestApp app, string customerPhone, string linePhone = DemoSeeder.ServiceLine)
{
    public Task<InboundOutcome> CustomerTexts(string text, string? providerId = null) =>
        app.Get<InboundPipeline>().AcceptAsync(new InboundSms(providerId ?? $"test-{Guid.NewGuid():N}", customerPhone, linePhone, text));

    /// <summary>What the simulator page does when a staff member types a text on this customer's phone.</summary>
    public Task<InboundOutcome> TypedOnSimulator(string text, string typedBy) =>
        app.Get<InboundPipeline>().AcceptAsync(new InboundSms($"sim-in-{Guid.NewGuid():N}", customerPhone, linePhone, text) { SimulatedBy = typedBy });

    public async Task<Message> AdvisorSends(string text)
    {
        var (contactId, lineId) = await Ids();
        return await app.Get<AdvisorSender>().SendAsync(contactId, lineId, text, Staff.Advisor);
    }

    public async Task<(int ContactId, int LineId)> Ids()
    {
        await using var db = app.CreateDbContext();
        var line = await db.Lines.SingleAsync(l => l.PhoneNumber == linePhone);
        var contactId = await db.Contacts.Where(c => c.AccountId == line.AccountId && c.PhoneNumber == customerPhone).Select(c => c.Id).SingleAsync();
        return (contactId, line.Id);
    }

    public async Task<ConsentStatus> Status()
    {
        var (contactId, lineId) = await Ids();
        await using var db = app.CreateDbContext();
        return await db.ConsentRecords.Where(r => r.ContactId == contactId && r.LineId == lineId)
            .Select(r => (ConsentStatus?)r.Status).SingleOrDefaultAsync() ?? ConsentStatus.NotDefined;
    }

    public async Task<List<Message>> Messages()
    {
        var (contactId, lineId) = await Ids();
        await using var db = app.CreateDbContext();
        return await db.Messages.Where(m => m.ContactId == contactId && m.LineId == lineId).OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<List<ConsentEvent>> Ledger()
    {
        var (contactId, _) = await Ids();
        await using var db = app.CreateDbContext();
        return await db.ConsentEvents.Where(e => e.ContactId == contactId).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>Waits until the outbox has delivered an automatic reply of this kind and returns it.</summary>
    public Task<Message> Delivered(AutoReply kind, int count = 1) =>
        Eventually.Get(async () =>
        {
            var replies = (await Messages()).Where(m => m.AutoReply == kind && m.Status == MessageStatus.Delivered).ToList();
            return replies.Count >= count ? replies[count - 1] : null;
        }, $"{kind} #{count} to be delivered");

    /// <summary>Waits until nothing for this thread is left in the outbox.</summary>
    public Task Settled() =>
        Eventually.Get(async () => (await Messages()).Any(m => m.Status is MessageStatus.Queued or MessageStatus.Sending) ? null : "settled", "the outbox to drain");
}
