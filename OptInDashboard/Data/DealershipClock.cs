using Microsoft.EntityFrameworkCore;

namespace OptInDashboard.Data;

/// <summary>
/// The dealership clock for a circuit (or request), read once. One dealership per install today: dealer
/// groups will take the signed-in staff member's dealership here.
/// </summary>
public sealed class DealershipClock(IDbContextFactory<ConsentDbContext> dbFactory, TimeProvider clock)
{
    private DealershipTime? _time;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<DealershipTime> GetAsync(CancellationToken ct = default)
    {
        if (_time is not null) return _time;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var account = await db.Accounts.AsNoTracking().OrderBy(a => a.Id).FirstOrDefaultAsync(ct);
        return _time = account is null ? new DealershipTime(TimeZoneInfo.FindSystemTimeZoneById(DealershipTime.DefaultTimeZone)) : DealershipTime.For(account);
    }
}
