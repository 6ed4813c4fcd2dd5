using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

/// <summary>
/// What an Admin may set for a dealership: where opt-outs and opt-ins apply, its time zone, which lines' carriers
/// confirm STOP, and which lines are for marketing (the others are informational).
/// </summary>
public sealed record DealershipSettingsChange(
    ConsentScope OptOutScope,
    ConsentScope OptInScope,
    string TimeZone,
    IReadOnlyCollection<int> CarrierConfirmedLineIds,
    IReadOnlyCollection<int> MarketingLineIds);

/// <summary>
/// Saves the settings of the dealership the Admin is working in, all or nothing, and records what changed, by
/// whom and when (<see cref="AdminChange"/>) in the same transaction.
/// </summary>
public sealed class DealershipSettings(DealershipDb databases, TimeProvider clock, ILogger<DealershipSettings> logger)
{
    public async Task SaveAsync(ClaimsPrincipal staff, DealershipSettingsChange change, CancellationToken ct = default)
    {
        if (ActingAdmin.Of(staff) is not { } admin)
        {
            logger.SettingsRefused(staff.Identity?.Name ?? "unknown", "not an Admin");
            throw new SettingsRefused("Only an Admin can change the dealership's settings.");
        }
        var zone = change.TimeZone.Trim();
        if (!DealershipTime.TryFindZone(zone, out _))
        {
            logger.SettingsRefused(admin.Name, "unknown time zone");
            throw new SettingsRefused($"\"{zone}\" is not a time zone this server knows. Pick one from the list, for example America/Chicago.");
        }

        await using var db = databases.For(staff);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == admin.DealershipId, ct)
            ?? throw new SettingsRefused("That dealership no longer exists.");
        var lines = await db.Lines.Where(l => l.AccountId == admin.DealershipId).OrderBy(l => l.Id).ToListAsync(ct);
        if (change.CarrierConfirmedLineIds.Concat(change.MarketingLineIds).Except(lines.Select(l => l.Id)).Any())
            throw new SettingsRefused("A line chosen is not one of this dealership's.");

        var changes = new List<string>();
        if (account.OptOutScope != change.OptOutScope) changes.Add($"opt-outs apply to {Scope(change.OptOutScope)} (was {Scope(account.OptOutScope)})");
        if (account.OptInScope != change.OptInScope) changes.Add($"opt-ins apply to {Scope(change.OptInScope)} (was {Scope(account.OptInScope)})");
        if (account.TimeZone != zone) changes.Add($"time zone {zone} (was {account.TimeZone})");
        foreach (var line in lines)
        {
            var confirms = change.CarrierConfirmedLineIds.Contains(line.Id);
            if (line.CarrierConfirmsStop != confirms)
                changes.Add($"{line.Name} line: the carrier {(confirms ? "confirms" : "no longer confirms")} STOP");
            line.CarrierConfirmsStop = confirms;
            var purpose = change.MarketingLineIds.Contains(line.Id) ? LinePurpose.Marketing : LinePurpose.Informational;
            if (line.Purpose != purpose) changes.Add($"{line.Name} line: {Purpose(purpose)} (was {Purpose(line.Purpose)})");
            line.Purpose = purpose;
        }
        (account.OptOutScope, account.OptInScope, account.TimeZone) = (change.OptOutScope, change.OptInScope, zone);
        if (changes.Count == 0) return;

        admin.Record(db, AdminChangeSubject.Settings, "Settings: " + string.Join("; ", changes), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.SettingsSaved(admin.Name, change.OptOutScope, change.OptInScope, zone,
            string.Join(", ", lines.Where(l => l.CarrierConfirmsStop).Select(l => l.Name)), string.Join(", ", lines.Where(l => l.Purpose == LinePurpose.Marketing).Select(l => l.Name)));
    }

    private static string Purpose(LinePurpose purpose) => purpose == LinePurpose.Marketing ? "marketing" : "informational";

    private static string Scope(ConsentScope scope) => scope == ConsentScope.Account ? "every line" : "the line they came on";
}
