using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

/// <summary>
/// Where a customer lives, set by an Admin when the number misleads (a Florida number of a customer who moved to Ohio):
/// the state whose texting law applies, and their own time zone for marketing texts' quiet hours. Recorded who and when.
/// </summary>
public sealed class ContactLocations(DealershipDb databases, TimeProvider clock)
{
    public async Task SetAsync(ClaimsPrincipal staff, int contactId, string? state, string? timeZone, CancellationToken ct = default)
    {
        var admin = ActingAdmin.Of(staff) ?? throw new SettingsRefused("Only an Admin can change where a customer lives.");
        state = string.IsNullOrWhiteSpace(state) ? null : UsStates.Find(state)?.Code
            ?? throw new SettingsRefused($"\"{state}\" is not a US state. Pick one from the list, or Not known.");
        timeZone = string.IsNullOrWhiteSpace(timeZone) ? null : timeZone.Trim();
        if (timeZone is not null && !DealershipTime.TryFindZone(timeZone, out _))
            throw new SettingsRefused($"\"{timeZone}\" is not a time zone this server knows. Pick one from the list, for example America/Chicago.");

        await using var db = databases.For(staff);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, ct)
            ?? throw new SettingsRefused("That contact is not one of this dealership's.");
        if ((contact.State, contact.TimeZone) == (state, timeZone)) return;
        admin.Record(db, AdminChangeSubject.Contacts,
            $"{contact.DisplayName}: lives in {state ?? "a state not known"}, time zone {timeZone ?? "from the state or number"} (was {contact.State ?? "not known"}, {contact.TimeZone ?? "from the state or number"})",
            clock.GetUtcNow().UtcDateTime);
        (contact.State, contact.TimeZone) = (state, timeZone);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
