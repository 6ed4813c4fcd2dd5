using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Messaging;

/// <summary>
/// One SQLite file, two app lifetimes: the first stops (as a crash would) with one text mid-send and one
/// still queued; the second, over the same file, must send the queued one once and never the other.
/// </summary>
public sealed class OutboxCrashTests : IDisposable
{
    private const string Maria = "+15555550111";
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"outbox-crash-{Guid.NewGuid():N}.db");

    /// <summary>Records every send; the first one it is told to hold never returns until the app stops.</summary>
    private sealed class RecordingProvider(bool holdFirst) : ISmsProvider
    {
        private int _held;
        public ConcurrentQueue<long> Sent { get; } = new();
        public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<SmsSendResult> SendAsync(OutboundSms sms, CancellationToken ct)
        {
            Sent.Enqueue(sms.MessageId);
            if (holdFirst && Interlocked.Exchange(ref _held, 1) == 0)
            {
                Holding.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            }
            return new SmsSendResult(MessageStatus.Sent, $"recorded-{sms.MessageId}");
        }
    }

    private ConfiguredTestApp AppOverTheFile(ISmsProvider provider) => new(
        new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", // a SQLite file of its own, whichever provider the run tests
            ["ConnectionStrings:Consent"] = $"Data Source={_dbPath}",
            ["Messaging:SendingLease"] = "00:00:00.500",
        },
        services => services.AddSingleton(provider));

    private async Task<Message> Read(TestApp app, long id)
    {
        await using var db = app.CreateDbContext();
        return await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    [Fact]
    public async Task AfterACrashAQueuedTextGoesOutOnceAndATextCaughtMidSendIsNeverResent()
    {
        long midSend, queued;
        var before = new RecordingProvider(holdFirst: true);
        await using (var app = AppOverTheFile(before))
        {
            var maria = new ThreadDriver(app, Maria);
            midSend = (await maria.AdvisorSends("Caught mid-send.")).Id;
            await before.Holding.Task.WaitAsync(TimeSpan.FromSeconds(10));
            queued = (await maria.AdvisorSends("Still in the outbox.")).Id;

            Assert.Equal(MessageStatus.Sending, (await Read(app, midSend)).Status);
            Assert.Equal(MessageStatus.Queued, (await Read(app, queued)).Status);
        }

        var after = new RecordingProvider(holdFirst: false);
        await using (var app = AppOverTheFile(after))
        {
            var sent = await Eventually.Get(async () => await Read(app, queued) is { Status: MessageStatus.Sent } m ? m : null, "the queued text to go out");
            var unknown = await Eventually.Get(async () => await Read(app, midSend) is { Status: MessageStatus.Failed } m ? m : null, "the mid-send text to be marked");

            Assert.Equal($"recorded-{queued}", sent.ProviderMessageId);
            Assert.Equal(OutboxRecovery.UnknownOutcome, unknown.StatusReason);
            await Task.Delay(300); // one more dispatcher pass must not send anything else
            Assert.Equal([queued], after.Sent.ToArray());
        }
    }

    [Fact]
    public async Task TenConcurrentDeliveriesOnAFileDatabaseStoreOneMessage()
    {
        await using var app = AppOverTheFile(new RecordingProvider(holdFirst: false));
        var pipeline = app.Get<InboundPipeline>();
        var sms = new InboundSms(Guid.NewGuid().ToString(), "+15555550177", OptInDashboard.Demo.DemoSeeder.ServiceLine, "STOP");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => pipeline.AcceptAsync(sms))));

        Assert.Single(outcomes, o => o == InboundOutcome.Accepted);
        Assert.Equal(9, outcomes.Count(o => o == InboundOutcome.Duplicate));
        var thread = new ThreadDriver(app, "+15555550177");
        await thread.Settled();
        var messages = await thread.Messages();
        Assert.Single(messages, m => m.Direction == MessageDirection.Inbound);
        Assert.Single(messages, m => m.AutoReply == AutoReply.OptOutConfirmation);
        Assert.Single(await thread.Ledger());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_dbPath + suffix);
    }
}
