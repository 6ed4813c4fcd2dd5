using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// Which ledger rows a Manager can still void: opt-outs staff recorded on a customer's behalf that are
/// still the latest change on their contact and line. These are the rows <see cref="ConsentRecord.Void"/>
/// and <see cref="StaffConsentActions.VoidStaffOptOutAsync"/> accept, so the ledger offers Void only
/// where it can work: never on a row already voided, or overtaken by a later change.
/// </summary>
public static class VoidableStaffOptOuts
{
    public static async Task<IReadOnlySet<long>> AmongAsync(ConsentDbContext db, IEnumerable<ConsentEvent> rows, CancellationToken ct = default)
    {
        var staffOptOuts = rows.Where(e => e.Cause == ConsentCause.StaffOnBehalf && e.NewStatus == ConsentStatus.OptedOut && e.LineId is not null)
            .Select(e => e.Id).ToList();
        if (staffOptOuts.Count == 0) return new HashSet<long>();
        var overtaken = await db.ConsentEvents.AsNoTracking()
            .Where(e => staffOptOuts.Contains(e.Id)
                        && db.ConsentEvents.Any(later => later.ContactId == e.ContactId && later.LineId == e.LineId && later.Id > e.Id))
            .Select(e => e.Id).ToListAsync(ct);
        return staffOptOuts.Except(overtaken).ToHashSet();
    }
}
