using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Consent;

public sealed class LedgerIsAppendOnlyTests(LedgerIsAppendOnlyTests.App app) : IClassFixture<LedgerIsAppendOnlyTests.App>
{
    public sealed class App : TestApp;

    [Fact]
    public async Task LedgerRowsCannotBeDeleted()
    {
        await using var db = app.CreateDbContext();
        var row = await db.ConsentEvents.FirstAsync();

        db.ConsentEvents.Remove(row);

        var refused = await Assert.ThrowsAsync<ConsentRuleViolation>(() => db.SaveChangesAsync());
        Assert.Contains("append-only", refused.Message);
    }

    [Fact]
    public async Task LedgerRowsCannotBeChanged()
    {
        await using var db = app.CreateDbContext();
        var row = await db.ConsentEvents.FirstAsync();

        db.Entry(row).Property(e => e.Note).CurrentValue = "edited later";

        await Assert.ThrowsAsync<ConsentRuleViolation>(() => db.SaveChangesAsync());
        await using var fresh = app.CreateDbContext();
        Assert.Null((await fresh.ConsentEvents.SingleAsync(e => e.Id == row.Id)).Note);
    }

    [Theory]
    [InlineData("""UPDATE "ConsentLedger" SET "Note" = 'edited later'""")]
    [InlineData("""UPDATE "ConsentLedger" SET "NewStatus" = 0, "OccurredAt" = '2020-01-01 00:00:00'""")]
    [InlineData("""DELETE FROM "ConsentLedger" """)]
    public async Task LedgerRowsCannotBeChangedOrDeletedEvenWithRawSql(string sql)
    {
        await using var db = app.CreateDbContext();
        var before = await db.ConsentEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.NewStatus, e.Note, e.OccurredAt }).ToListAsync();
        Assert.NotEmpty(before);

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(sql)); // SQLite's or PostgreSQL's trigger

        Assert.Contains("append-only", refused.Message);
        Assert.Equal(before, await db.ConsentEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.NewStatus, e.Note, e.OccurredAt }).ToListAsync());
    }
}
