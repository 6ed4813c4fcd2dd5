using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// The consent records one change touches, found or added to the caller's context (a record added earlier in the same
/// transaction is reused): the line's own, or one for every line of the dealership.
/// </summary>
public static class RecordsInScope
{
    public static async Task<ConsentRecord> FindOrAddAsync(ConsentDbContext db, int contactId, int lineId, CancellationToken ct)
    {
        var record = db.ConsentRecords.Local.SingleOrDefault(r => r.ContactId == contactId && r.LineId == lineId)
            ?? await db.ConsentRecords.SingleOrDefaultAsync(r => r.ContactId == contactId && r.LineId == lineId, ct);
        return record ?? db.ConsentRecords.Add(new ConsentRecord(contactId, lineId)).Entity;
    }

    /// <summary>
    /// What an opt-out arriving on <paramref name="lineId"/> at <paramref name="at"/> covers: every line with
    /// <paramref name="allLines"/> (STOPALL, a wrong number), under revoke-all or the dealership's Account scope; else its line.
    /// </summary>
    public static async Task<IReadOnlyList<ConsentRecord>> OfOptOutAsync(ConsentDbContext db, int contactId, int lineId, ConsentOptions options,
        bool allLines, DateTime at, CancellationToken ct)
    {
        var line = await db.Lines.Include(l => l.Account).SingleAsync(l => l.Id == lineId, ct);
        return await ForAsync(db, contactId, line, allLines || options.OptOutScopeAt(line.Account!, at) == ConsentScope.Account, ct);
    }

    public static async Task<IReadOnlyList<ConsentRecord>> ForAsync(ConsentDbContext db, int contactId, Line line, bool everyLine, CancellationToken ct)
    {
        if (!everyLine) return [await FindOrAddAsync(db, contactId, line.Id, ct)];
        var lineIds = await db.Lines.Where(l => l.AccountId == line.AccountId).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(ct);
        var records = new List<ConsentRecord>();
        foreach (var lineId in lineIds)
            records.Add(await FindOrAddAsync(db, contactId, lineId, ct));
        return records;
    }
}
