using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

/// <summary>What an Admin may set for a dealership: where opt-outs and opt-ins apply, its time zone, and which lines' carriers confirm STOP.</summary>
public sealed record DealershipSettingsChange(
    ConsentScope OptOutScope,
    ConsentScope OptInScope,
    string TimeZone,
    IReadOnlyCollection<int> CarrierConfirmedLineIds);

/// <summary>Saves a dealership's settings, all or nothing, and logs who changed them.</summary>
public sealed class DealershipSettings(IDbContextFactory<ConsentDbContext> dbFactory, ILogger<DealershipSettings> logger)
{
    public async Task SaveAsync(ClaimsPrincipal admin, int accountId, DealershipSettingsChange change, CancellationToken ct = default)
    {
        var name = admin.Identity?.Name ?? "unknown";
        if (!admin.IsInRole(Roles.Admin))
        {
            logger.SettingsRefused(name, "not an Admin");
            throw new SettingsRefused("Only an Admin can change the dealership's settings.");
        }
        var zone = change.TimeZone.Trim();
        if (!DealershipTime.TryFindZone(zone, out _))
        {
            logger.SettingsRefused(name, "unknown time zone");
            throw new SettingsRefused($"\"{zone}\" is not a time zone this server knows. Pick one from the list, for example America/Chicago.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var updated = await db.Accounts.Where(a => a.Id == accountId).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.OptOutScope, change.OptOutScope)
            .SetProperty(a => a.OptInScope, change.OptInScope)
            .SetProperty(a => a.TimeZone, zone), ct);
        if (updated == 0) throw new SettingsRefused("That dealership no longer exists.");
        var lines = db.Lines.Where(l => l.AccountId == accountId);
        await lines.ExecuteUpdateAsync(set => set.SetProperty(l => l.CarrierConfirmsStop, l => change.CarrierConfirmedLineIds.Contains(l.Id)), ct);
        await transaction.CommitAsync(ct);

        var confirmed = await lines.Where(l => l.CarrierConfirmsStop).OrderBy(l => l.Id).Select(l => l.Name).ToListAsync(ct);
        logger.SettingsSaved(name, change.OptOutScope, change.OptInScope, zone, string.Join(", ", confirmed));
    }
}
