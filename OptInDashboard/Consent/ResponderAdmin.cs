using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// An Admin's keyword responders, groups and reply wordings, at the dealership they are working in; each change
/// is recorded (<see cref="AdminChange"/>). A dealership always keeps at least one opt-out and one opt-in
/// responder, or its customers would have no word that works.
/// </summary>
public sealed class ResponderAdmin(DealershipDb databases, TimeProvider clock)
{
    public async Task<KeywordResponder> AddAsync(ClaimsPrincipal staff, int? lineId, string keyword, KeywordAction action, string language = ReplyTemplate.English, int? groupId = null, CancellationToken ct = default)
    {
        var admin = Require(staff);
        await using var db = databases.For(staff);
        var responder = await StageAsync(db, admin.DealershipId, lineId, keyword, action, language, groupId, ct);
        admin.Record(db, AdminChangeSubject.Keywords, $"Added the keyword {responder.Keyword} ({action.Describe()}{await WhereAsync(db, lineId, ct)}, replies in {ReplyTemplate.LanguageName(language)})", Now);
        await db.SaveChangesAsync(ct);
        return responder;
    }

    /// <summary>A group and its join and leave keywords (account-wide), created together or not at all.</summary>
    public async Task<Group> CreateGroupAsync(ClaimsPrincipal staff, string name, string joinKeyword, string leaveKeyword, CancellationToken ct = default)
    {
        var admin = Require(staff);
        var accountId = admin.DealershipId;
        name = name.Trim();
        if (name.Length == 0) throw new ConsentRuleViolation("A group needs a name.");
        await using var db = databases.For(staff);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Groups.AnyAsync(g => g.AccountId == accountId && g.Name == name, ct))
            throw new ConsentRuleViolation($"There is already a group called \"{name}\".");
        var group = db.Groups.Add(new Group { AccountId = accountId, Name = name }).Entity;
        await db.SaveChangesAsync(ct);
        await StageAsync(db, accountId, null, joinKeyword, KeywordAction.JoinGroup, ReplyTemplate.English, group.Id, ct);
        if (Keywords.Normalize(joinKeyword) == Keywords.Normalize(leaveKeyword))
            throw new ConsentRuleViolation("The join and leave keywords must differ.");
        await StageAsync(db, accountId, null, leaveKeyword, KeywordAction.LeaveGroup, ReplyTemplate.English, group.Id, ct);
        admin.Record(db, AdminChangeSubject.Groups, $"Created the group \"{name}\" (join {Keywords.Normalize(joinKeyword)}, leave {Keywords.Normalize(leaveKeyword)})", Now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return group;
    }

    /// <summary>An account's own wording of an automatic reply in one language (may use {line}, {group} and {dealership}).</summary>
    public async Task SaveTemplateAsync(ClaimsPrincipal staff, AutoReply kind, string language, string text, CancellationToken ct = default)
    {
        var admin = Require(staff);
        var accountId = admin.DealershipId;
        text = text.Trim();
        if (text.Length == 0) throw new ConsentRuleViolation("A reply needs some text.");
        if (text.Length > MaxTemplateLength) throw new ConsentRuleViolation($"A reply can be at most {MaxTemplateLength} characters.");
        await using var db = databases.For(staff);
        var template = await db.ReplyTemplates.SingleOrDefaultAsync(t => t.AccountId == accountId && t.Kind == kind && t.Language == language, ct);
        if (template?.Text == text) return;
        if (template is null) db.ReplyTemplates.Add(new ReplyTemplate { AccountId = accountId, Kind = kind, Language = language, Text = text });
        else template.Text = text;
        admin.Record(db, AdminChangeSubject.ReplyTemplates, $"{kind.Describe()} in {ReplyTemplate.LanguageName(language)} now reads: {text}", Now);
        await db.SaveChangesAsync(ct);
    }

    public const int MaxTemplateLength = 640;

    private static async Task<KeywordResponder> StageAsync(ConsentDbContext db, int accountId, int? lineId, string keyword, KeywordAction action, string language, int? groupId, CancellationToken ct)
    {
        var normalized = Keywords.Normalize(keyword);
        if (normalized.Length == 0)
            throw new ConsentRuleViolation("A keyword needs at least one letter or digit.");
        if (action is KeywordAction.JoinGroup or KeywordAction.LeaveGroup && groupId is null)
            throw new ConsentRuleViolation("A join or leave keyword needs its group.");
        if (lineId is { } line && !await db.Lines.AnyAsync(l => l.Id == line, ct))
            throw new ConsentRuleViolation("That line is not one of this dealership's.");
        if (groupId is { } group && !await db.Groups.AnyAsync(g => g.Id == group, ct))
            throw new ConsentRuleViolation("That group is not one of this dealership's.");
        if (await db.KeywordResponders.AnyAsync(r => r.AccountId == accountId && r.LineId == lineId && r.Keyword == normalized, ct))
            throw new ConsentRuleViolation($"\"{normalized}\" is already a keyword {(lineId is null ? "of the account" : "of that line")}.");
        return db.KeywordResponders.Add(new KeywordResponder { AccountId = accountId, LineId = lineId, Keyword = normalized, Action = action, Language = language, GroupId = groupId }).Entity;
    }

    public async Task RemoveAsync(ClaimsPrincipal staff, int responderId, CancellationToken ct = default)
    {
        var admin = Require(staff);
        await using var db = databases.For(staff);
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
        admin.Record(db, AdminChangeSubject.Keywords, $"Removed the keyword {responder.Keyword} ({responder.Action.Describe()}{await WhereAsync(db, responder.LineId, ct)})", Now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static async Task<string> WhereAsync(ConsentDbContext db, int? lineId, CancellationToken ct) =>
        lineId is { } id ? $", on the {await db.Lines.Where(l => l.Id == id).Select(l => l.Name).SingleAsync(ct)} line only" : "";

    private static ActingAdmin Require(ClaimsPrincipal staff) =>
        ActingAdmin.Of(staff) ?? throw new ConsentRuleViolation("Only an Admin can change keywords, groups and replies.");
}
