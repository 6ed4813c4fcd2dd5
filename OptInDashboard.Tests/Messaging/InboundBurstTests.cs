using Microsoft.EntityFrameworkCore;
using OptInDashboard.Demo;
using OptInDashboard.Messaging;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Messaging;

/// <summary>Inbound texts that arrive together: one that cannot be stored costs the others nothing.</summary>
public sealed class InboundBurstTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false, fileDatabase: true);

    [Fact]
    public async Task ATextThatCannotBeStoredLosesNoneOfTheTextsThatArrivedWithIt()
    {
        var pipeline = _app.Get<InboundPipeline>();
        var texts = Enumerable.Range(0, 40)
            .Select(i => new InboundSms($"burst-{i}", $"+1555301{i:0000}", DemoSeeder.ServiceLine, i == 20 ? null! : $"Is car {i} ready?"))
            .ToList();

        var answers = texts.Select(sms => pipeline.AcceptAsync(sms)).ToList();
        await Task.WhenAll(answers.Select(a => a.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.True(answers[20].IsFaulted, "a text the database refuses is refused to its caller");
        Assert.All(answers.Where((_, i) => i != 20), a => Assert.Equal(InboundOutcome.Accepted, a.Result));
        await using var db = _app.CreateDbContext();
        var stored = await db.Messages.Where(m => m.ProviderMessageId!.StartsWith("burst-")).Select(m => m.ProviderMessageId).ToListAsync();
        Assert.Equal(texts.Where((_, i) => i != 20).Select(t => t.ProviderMessageId).Order(), stored.Order());
    }

    public void Dispose() => _app.Dispose();
}
