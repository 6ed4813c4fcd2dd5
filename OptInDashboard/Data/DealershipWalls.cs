using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;

namespace OptInDashboard.Data;

public static class DealershipWalls
{
    /// <summary>
    /// A staff action on a thread (a send, a staff opt-out, a decision) needs its contact and its line in the staff
    /// member's dealership: a context walled to it finds both only then, so they are of the same dealership too.
    /// </summary>
    public static async Task RequireThreadAsync(this ConsentDbContext db, int contactId, int lineId, CancellationToken ct = default)
    {
        if (!await db.Contacts.AnyAsync(c => c.Id == contactId, ct) || !await db.Lines.AnyAsync(l => l.Id == lineId, ct))
            throw new ConsentRuleViolation("That customer or line is not one of this dealership's.");
    }
}
