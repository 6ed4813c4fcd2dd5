using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>An account's configured keywords, the ones that apply on every line, as <see cref="Keywords.Match"/> reads them.</summary>
public static class AccountKeywords
{
    public static async Task<IReadOnlyDictionary<string, KeywordAction>> ReadAsync(ConsentDbContext db, int accountId, CancellationToken ct = default)
    {
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, ct))
            throw new InvalidDataException($"There is no account {accountId} in the database.");
        return await db.KeywordResponders.AsNoTracking()
            .Where(r => r.AccountId == accountId && r.LineId == null)
            .ToDictionaryAsync(r => r.Keyword, r => r.Action, ct);
    }
}
