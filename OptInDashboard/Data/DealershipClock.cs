using Microsoft.EntityFrameworkCore;

namespace OptInDashboard.Data;

/// <summary>
/// The clock of the dealership the signed-in staff member works in now, read once per circuit (or request).
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
