using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Reports;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Reports;

/// <summary>The snapshot's contact list is read a page at a time in the database, and its CSV streams every contact in pages.</summary>
public sealed class SnapshotContactsTests : IAsyncLifetime
{
    private const int Many = 2_345;
    private readonly TestApp _app = new(dispatchInBackground: false);
    private List<int> _lines = [];

    public async Task InitializeAsync()
    {
        ScaleSeed.AddContacts(_app, Many);
        await using var db = _app.CreateDbContext();
        _lines = await db.RiversideLines().Select(l => l.Id).ToListAsync();
        var service = await db.RiversideLines().Where(l => l.Name == "Service").Select(l => l.Id).SingleAsync();
        var texts = await db.Messages.Where(m => m.ProviderMessageId!.StartsWith("scale-")).OrderBy(m => m.ContactId).ToListAsync();
        foreach (var (text, i) in texts.Select((text, i) => (text, i)))
        {
            var record = new ConsentRecord(text.ContactId, service);
            db.ConsentRecords.Add(record);
            var evidence = ConsentEvidence.FromInbound(ConsentCause.Keyword, text);
            db.ConsentEvents.Add(i % 3 == 0 ? record.OptOut(evidence, DateTime.UtcNow) : record.OptIn(evidence, DateTime.UtcNow));
        }
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task APageOfTheSnapshotsContactsIsCountedSortedAndCutInTheDatabase()
    {
        await using var db = _app.CreateDbContext();
        var (page, total) = await SnapshotContacts.PageAsync(db, _lines, skip: 100, take: 20);

        Assert.True(total >= Many, $"{total} contacts counted");
        Assert.Equal(20, page.Count);
        var (all, _) = await SnapshotContacts.PageAsync(db, _lines, 0, int.MaxValue);
        Assert.Equal(all.Skip(100).Take(20).Select(c => c.ContactId), page.Select(c => c.ContactId));
        var scaled = all.Where(c => c.PhoneNumber.StartsWith("+1666")).Select(c => c.Name).ToList(); // "Customer 00042": the same order under any collation
        Assert.Equal(scaled.Order(StringComparer.Ordinal), scaled);
        Assert.All(page, c => Assert.NotEqual(ConsentStatus.NotDefined, c.Statuses.Values.First()));
    }

    [Fact]
    public async Task TheSnapshotCsvStreamsEveryContactAcrossItsPagesOnceEach()
    {
        await using var db = _app.CreateDbContext();
        var (all, total) = await SnapshotContacts.PageAsync(db, _lines, 0, int.MaxValue);
        var streamed = await SnapshotContacts.AllAsync(db, _lines).ToListAsync();

        Assert.Equal(total, streamed.Count);
        Assert.Equal(all.Select(c => c.ContactId), streamed.Select(c => c.ContactId));
        Assert.Equal(streamed.Count, streamed.Select(c => c.ContactId).Distinct().Count());
        Assert.Equal(Many / 3 + 1, streamed.Count(c => c.PhoneNumber.StartsWith("+1666") && c.Statuses.Values.Single() == ConsentStatus.OptedOut));
    }
}
