using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Intent.Learning;

/// <summary>
/// A manager's decision is a labelled example the model can learn from. A review decision labels the customer's
/// text that was flagged as a possible opt-out: opt-out if the manager confirmed it, other if not. A voided staff
/// opt-out (staff recorded an opt-out the customer had not asked for) labels the customer's last text on that
/// line before it as other: had it asked to stop, the opt-out would have stood.
/// </summary>
/// <param name="Reason">What the manager wrote, kept with the example so a person can check the label.</param>
public sealed record DecidedExample(MessageIntent Intent, string Text, string Reason, string DecidedBy, DateTime DecidedAt)
{
    /// <summary>Languages are not recorded with a decision: BCP 47's "undetermined".</summary>
    public const string Language = "und";

    public LabelledMessage ToLabelled() => new(Intent, Text, Language);
}

public static class DecidedExamples
{
    /// <summary>Every review decision and voided staff opt-out with a customer's text, oldest first; <paramref name="since"/> keeps only later ones.</summary>
    public static async Task<IReadOnlyList<DecidedExample>> ReadAsync(ConsentDbContext db, DateTime? since = null, CancellationToken ct = default)
    {
        var decided = db.ConsentEvents.AsNoTracking();
        if (since is { } after) decided = decided.Where(e => e.OccurredAt > after);
        var reviews = await ReviewDecisionsAsync(decided.Where(e => e.Cause == ConsentCause.ReviewDecision), db, ct);
        var voids = await VoidedStaffOptOutsAsync(decided.Where(e => e.Cause == ConsentCause.Void), db, ct);
        return reviews.Concat(voids).OrderBy(e => e.DecidedAt).ToList();
    }

    private static async Task<IEnumerable<DecidedExample>> ReviewDecisionsAsync(IQueryable<ConsentEvent> decisions, ConsentDbContext db, CancellationToken ct)
    {
        var rows = await decisions
            .Join(db.ConsentEvents.AsNoTracking(), decision => decision.RelatedEventId, flagged => flagged.Id, (decision, flagged) => new
            {
                decision.NewStatus,
                flagged.EvidenceText,
                decision.Note,
                decision.Actor,
                decision.OccurredAt,
            })
            .Where(r => r.EvidenceText != null)
            .ToListAsync(ct);
        return rows.Select(r => new DecidedExample(
            r.NewStatus == ConsentStatus.OptedOut ? MessageIntent.OptOut : MessageIntent.Other,
            r.EvidenceText!, r.Note ?? "", r.Actor, r.OccurredAt));
    }

    private static async Task<IEnumerable<DecidedExample>> VoidedStaffOptOutsAsync(IQueryable<ConsentEvent> voids, ConsentDbContext db, CancellationToken ct)
    {
        var rows = await voids
            .Join(db.ConsentEvents.AsNoTracking().Where(e => e.Cause == ConsentCause.StaffOnBehalf), v => v.RelatedEventId, staff => staff.Id, (v, staff) => new
            {
                Text = db.Messages
                    .Where(m => m.ContactId == staff.ContactId && m.LineId == staff.LineId && m.Direction == MessageDirection.Inbound && m.CreatedAt <= staff.OccurredAt)
                    .OrderByDescending(m => m.Id)
                    .Select(m => m.Text)
                    .FirstOrDefault(),
                v.Note,
                v.Actor,
                v.OccurredAt,
            })
            .Where(r => r.Text != null)
            .ToListAsync(ct);
        return rows.Select(r => new DecidedExample(MessageIntent.Other, r.Text!, r.Note ?? "", r.Actor, r.OccurredAt));
    }

    /// <summary>In the training data's own format (<see cref="IntentDataFile"/>), for <c>train --decisions</c>.</summary>
    public static async Task WriteTsvAsync(IEnumerable<DecidedExample> examples, TextWriter writer)
    {
        await writer.WriteLineAsync(IntentDataFile.Header);
        foreach (var example in examples)
            await writer.WriteLineAsync($"{example.Intent.ToLabel()}\t{DecidedExample.Language}\t{OneLine(example.Text)}");
    }

    /// <summary>A tab or line break inside a customer's text would split the row.</summary>
    private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
