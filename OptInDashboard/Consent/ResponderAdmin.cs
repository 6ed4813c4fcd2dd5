using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// Adding and removing keyword responders. An account always keeps at least one opt-out and one
/// opt-in responder, or its customers would have no word that works.
/// </summary>
public sealed class ResponderAdmin(IDbContextFactory<ConsentDbContext> dbFactory)
{
    public async Task<KeywordResponder> AddAsync(int accountId, int? lineId, string keyword, KeywordAction action, string language = ReplyTemplate.English, int? groupId = null, CancellationToken ct = default)
    {
        var normalized = Keywords.Normalize(keyword);
        if (normalized.Length == 0)
            throw new ConsentRuleViolation("A keyword needs at least one letter or digit.");
        if (action is KeywordAction.JoinGroup or KeywordAction.LeaveGroup && groupId is null)
            throw new ConsentRuleViolation("A join or leave keyword needs its group.");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.KeywordResponders.AnyAsync(r => r.AccountId == accountId && r.LineId == lineId && r.Keyword == normalized, ct))
            throw new ConsentRuleViolation($"\"{normalized}\" is already a keyword {(lineId is null ? "of the account" : "of that line")}.");
        var responder = new KeywordResponder { AccountId = accountId, LineId = lineId, Keyword = normalized, Action = action, Language = language, GroupId = groupId };
        db.KeywordResponders.Add(responder);
        await db.SaveChangesAsync(ct);
        return responder;
    }

    public async Task RemoveAsync(int responderId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var responder = await db.KeywordResponders.SingleOrDefaultAsync(r => r.Id == responderId, ct)
            ?? throw new ConsentRuleViolation($"There is no keyword responder {responderId}.");
        if (responder.Action is KeywordAction.OptOut or KeywordAction.OptIn)
        {
            var others = await db.KeywordResponders.CountAsync(r => r.AccountId == responder.AccountId && r.Id != responder.Id && r.Action == responder.Action, ct);
            if (others == 0)
                throw new ConsentRuleViolation($"\"{responder.Keyword}\" is the last {(responder.Action == KeywordAction.OptOut ? "opt-out" : "opt-in")} keyword: add another before removing it.");
        }
        db.KeywordResponders.Remove(responder);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
