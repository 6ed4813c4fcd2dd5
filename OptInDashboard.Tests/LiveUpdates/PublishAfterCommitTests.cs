using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.LiveUpdates;

/// <summary>
/// Live updates come from one place, after the commit: whatever a writer saves, pages hear of it once its
/// transaction commits, never before and never for a rollback; and no writer waits for a page.
/// </summary>
public sealed class PublishAfterCommitTests : IDisposable
{
    private const string Maria = "+15555550111";
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ConcurrentQueue<ThreadChanged> _heard = new();
    private readonly IDisposable _page;

    public PublishAfterCommitTests()
    {
        _page = _app.Get<ThreadEvents>().Subscribe(_ => true, changes =>
        {
            foreach (var change in changes.Changes) _heard.Enqueue(change);
            return Task.CompletedTask;
        }, TimeSpan.Zero);
    }

    private async Task<(int ContactId, int LineId)> MariaOnServiceAsync()
    {
        await using var db = _app.CreateDbContext();
        var contact = await db.RiversideContacts().SingleAsync(c => c.PhoneNumber == Maria);
        var line = await db.Lines.OrderBy(l => l.Id).FirstAsync();
        return (contact.Id, line.Id);
    }

    private static Message Note(int contactId, int lineId) => new()
    {
        ContactId = contactId,
        LineId = lineId,
        Direction = MessageDirection.Inbound,
        Sender = MessageSender.Customer,
        Text = "hello",
        Status = MessageStatus.Received,
        ProviderMessageId = Guid.NewGuid().ToString("N"),
        CreatedAt = DateTime.UtcNow,
    };

    [Fact]
    public async Task AChangeIsPublishedOnlyOnceItsTransactionCommits()
    {
        var (contactId, lineId) = await MariaOnServiceAsync();
        await using var db = _app.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Messages.Add(Note(contactId, lineId));
        await db.SaveChangesAsync();
        await Task.Delay(200);
        Assert.Empty(_heard);

        await transaction.CommitAsync();

        await Eventually.True(() => _heard.Contains(new ThreadChanged(contactId, lineId, ThreadChangeKind.NewMessage)), "the committed message");
    }

    [Fact]
    public async Task ARolledBackChangeIsNeverPublished()
    {
        var (contactId, lineId) = await MariaOnServiceAsync();
        await using (var db = _app.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Messages.Add(Note(contactId, lineId));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        await using (var db = _app.CreateDbContext())
        {
            db.Messages.Add(Note(contactId, lineId));
            await db.SaveChangesAsync(); // no transaction: published at once, and alone
        }

        await Eventually.True(() => !_heard.IsEmpty, "the second save");
        await Task.Delay(200);
        Assert.Single(_heard);
    }

    [Fact]
    public async Task AStatusMoveByAWriterReachesThePageWithoutThatWriterPublishing()
    {
        var (contactId, lineId) = await MariaOnServiceAsync();
        await _app.Get<AdvisorSender>().SendAsync(contactId, lineId, "Your car is ready", Staff.Advisor);
        await Eventually.True(() => _heard.Contains(new ThreadChanged(contactId, lineId, ThreadChangeKind.NewMessage)), "the queued text");

        await _app.DispatchNowAsync();

        await Eventually.True(() => _heard.Contains(new ThreadChanged(contactId, lineId, ThreadChangeKind.MessageStatus)), "the claim and the send");
    }

    [Fact]
    public async Task AnInboundTextIsStoredAndAnsweredWhileEveryOpenPageIsStuck()
    {
        var stuck = new TaskCompletionSource();
        var pages = Enumerable.Range(0, 20)
            .Select(_ => _app.Get<ThreadEvents>().Subscribe(_ => true, _ => stuck.Task, TimeSpan.Zero))
            .ToList();
        try
        {
            var pipeline = _app.Get<InboundPipeline>();
            for (var i = 0; i < 20; i++)
            {
                var outcome = await pipeline.AcceptAsync(new InboundSms($"stuck-pages-{i}", Maria, "+15555550100", $"text {i}"))
                    .WaitAsync(TimeSpan.FromSeconds(30)); // before the fix, the first text waited for every page forever
                Assert.Equal(InboundOutcome.Accepted, outcome);
            }
        }
        finally
        {
            stuck.SetResult();
            pages.ForEach(p => p.Dispose());
        }
    }

    public void Dispose()
    {
        _page.Dispose();
        _app.Dispose();
    }
}
