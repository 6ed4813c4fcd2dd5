using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Accounts;
using OptInDashboard.Data;
using OptInDashboard.Messaging;

namespace OptInDashboard.Consent;

/// <summary>
/// What staff may do to consent: record a customer's verbal opt-out, and (Managers) block, unblock,
/// void a staff-recorded opt-out or decide a possible opt-out. Nothing here opts a customer in.
/// </summary>
public sealed class StaffConsentActions(
    DealershipDb databases,
    TimeProvider clock,
    IOptions<ConsentOptions> options,
    ILogger<StaffConsentActions> logger)
{
    /// <summary>
    /// The one staff entry point that names a target status. Opted out is the only one staff may set;
    /// asking for anything else is refused and logged.
    /// </summary>
    public async Task SetStatusAsync(ClaimsPrincipal staff, int contactId, int lineId, ConsentStatus target, string note, CancellationToken ct = default)
    {
        if (target != ConsentStatus.OptedOut)
        {
            logger.StaffOptInRefused(NameOf(staff), contactId, lineId, target);
            throw new ConsentRuleViolation("Only the customer can opt in, by texting START, REJOIN or OPTIN. Staff can only record an opt-out.");
        }
        await RecordOptOutOnBehalfAsync(staff, contactId, lineId, note, ct);
    }

    public Task RecordOptOutOnBehalfAsync(ClaimsPrincipal staff, int contactId, int lineId, string note, CancellationToken ct = default) =>
        ChangeAsync(staff, async (db, now) =>
        {
            var record = await RecordAsync(db, contactId, lineId, ct);
            if (record.IsOptedOut) throw new ConsentRuleViolation("The contact is already opted out on this line.");
            var evidence = ConsentEvidence.FromStaff(ConsentCause.StaffOnBehalf, NameOf(staff), note);
            // The customer's revocation, told to staff: it reaches as far as one they texted.
            await OptOutInScopeAsync(db, contactId, lineId, evidence, now, ct);
            logger.StaffAction(NameOf(staff), "recorded an opt-out on the customer's behalf", contactId);
        }, ct);

    public async Task VoidStaffOptOutAsync(ClaimsPrincipal manager, long eventId, string reason, CancellationToken ct = default)
    {
        RequireManager(manager, "void an opt-out");
        await using var db = databases.For(manager);
        var staffOptOut = await db.ConsentEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct)
            ?? throw new ConsentRuleViolation($"There is no consent event {eventId}.");
        if (staffOptOut.LineId is not { } lineId)
            throw new ConsentRuleViolation("Only an opt-out recorded by staff on the customer's behalf can be voided; a customer's own opt-out stands.");
        await ChangeAsync(manager, async (db, now) =>
        {
            var record = await RecordAsync(db, staffOptOut.ContactId, lineId, ct);
            var latest = await db.ConsentEvents.Where(e => e.ContactId == staffOptOut.ContactId && e.LineId == lineId).MaxAsync(e => e.Id, ct);
            if (latest != staffOptOut.Id) throw new ConsentRuleViolation("That opt-out is no longer the current status, so it cannot be voided.");
            db.ConsentEvents.Add(record.Void(staffOptOut, ConsentEvidence.FromStaff(ConsentCause.Void, NameOf(manager), reason), now));
            logger.StaffAction(NameOf(manager), $"voided staff opt-out {eventId}", staffOptOut.ContactId);
        }, ct);
    }

    public Task DecideReviewAsync(ClaimsPrincipal manager, int contactId, int lineId, bool confirmOptOut, string reason, CancellationToken ct = default)
    {
        RequireManager(manager, "decide a possible opt-out");
        return ChangeAsync(manager, async (db, now) =>
        {
            var record = await RecordAsync(db, contactId, lineId, ct);
            var flagged = await db.ConsentEvents.AsNoTracking()
                .Where(e => e.ContactId == contactId && e.LineId == lineId && e.NewStatus == ConsentStatus.PossibleOptOut)
                .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct)
                ?? throw new ConsentRuleViolation("There is no possible opt-out under review here.");
            var decision = ConsentEvidence.FromStaff(ConsentCause.ReviewDecision, NameOf(manager), reason);
            db.ConsentEvents.Add(record.DecideReview(flagged, confirmOptOut, decision, now));
            // A confirmed opt-out is the customer's, so it reaches every line an opt-out covers (revoke-all, Account scope).
            if (confirmOptOut) await OptOutInScopeAsync(db, contactId, lineId, decision with { RelatedEventId = flagged.Id }, now, ct);
            logger.StaffAction(NameOf(manager), confirmOptOut ? "confirmed a possible opt-out" : "dismissed a possible opt-out", contactId);
        }, ct);
    }

    public Task BlockAsync(ClaimsPrincipal manager, int contactId, string note, CancellationToken ct = default) =>
        ChangeContactAsync(manager, contactId, ConsentCause.Block, (contact, evidence, now) => contact.Block(evidence, now), note, ct);

    public Task UnblockAsync(ClaimsPrincipal manager, int contactId, string note, CancellationToken ct = default) =>
        ChangeContactAsync(manager, contactId, ConsentCause.Unblock, (contact, evidence, now) => contact.Unblock(evidence, now), note, ct);

    private async Task ChangeContactAsync(ClaimsPrincipal manager, int contactId, ConsentCause cause,
        Func<Contact, ConsentEvidence, DateTime, ConsentEvent> change, string note, CancellationToken ct)
    {
        var action = cause.ToString().ToLowerInvariant();
        RequireManager(manager, action + " a contact");
        var evidence = ConsentEvidence.FromStaff(cause, NameOf(manager), note);
        await using var db = databases.For(manager);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, ct)
            ?? throw new ConsentRuleViolation("That customer is not one of this dealership's.");
        db.ConsentEvents.Add(change(contact, evidence, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.StaffAction(NameOf(manager), action + "ed", contactId);
    }

    /// <summary>
    /// One write transaction per change: the status and its ledger row commit together or not at all. The context
    /// sees the staff member's dealership only, so no other dealership's customer can be touched.
    /// </summary>
    private async Task ChangeAsync(ClaimsPrincipal staff, Func<ConsentDbContext, DateTime, Task> change, CancellationToken ct)
    {
        await using var db = databases.For(staff);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await change(db, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task OptOutInScopeAsync(ConsentDbContext db, int contactId, int lineId, ConsentEvidence evidence, DateTime now, CancellationToken ct)
    {
        foreach (var record in await RecordsInScope.OfOptOutAsync(db, contactId, lineId, options.Value, allLines: false, now, ct))
            if (!record.IsOptedOut) db.ConsentEvents.Add(record.OptOut(evidence, now));
    }

    private static async Task<ConsentRecord> RecordAsync(ConsentDbContext db, int contactId, int lineId, CancellationToken ct)
    {
        await db.RequireThreadAsync(contactId, lineId, ct);
        await db.LockForConsentChangeAsync(contactId, ct);
        return await RecordsInScope.FindOrAddAsync(db, contactId, lineId, ct);
    }

    private void RequireManager(ClaimsPrincipal staff, string action)
    {
        if (staff.IsInRole(Roles.Manager) || staff.IsInRole(Roles.Admin)) return;
        logger.ManagerOnlyRefused(NameOf(staff), action);
        throw new ConsentRuleViolation($"Only a Manager can {action}.");
    }

    private static string NameOf(ClaimsPrincipal staff) =>
        staff.Identity?.Name is { Length: > 0 } name ? name : throw new ConsentRuleViolation("A consent action needs a signed-in staff member.");
}
