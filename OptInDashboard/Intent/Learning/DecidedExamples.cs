using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Intent.Learning;

/// <summary>
/// A manager's review decision is a labelled example the model can learn from: the customer's text that was
/// flagged as a possible opt-out, labelled opt-out if the manager confirmed it and other if not.
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
    /// <summary>Every review decision on a customer's text, oldest first; <paramref name="since"/> keeps only later ones.</summary>
    public static async Task<IReadOnlyList<DecidedExample>> ReadAsync(ConsentDbContext db, DateTime? since = null, CancellationToken ct = default)
    {
        var decisions = db.ConsentEvents.AsNoTracking().Where(e => e.Cause == ConsentCause.ReviewDecision);
        if (since is { } after) decisions = decisions.Where(e => e.OccurredAt > after);
        var rows = await decisions
            .Join(db.ConsentEvents.AsNoTracking(), decision => decision.RelatedEventId, flagged => flagged.Id, (decision, flagged) => new
            {
                decision.NewStatus,
                flagged.EvidenceText,
                decision.Note,
                decision.Actor,
                decision.OccurredAt,
                decision.Id,
            })
            .Where(r => r.EvidenceText != null)
            .OrderBy(r => r.Id)
            .ToListAsync(ct);
        return rows.Select(r => new DecidedExample(
                r.NewStatus == ConsentStatus.OptedOut ? MessageIntent.OptOut : MessageIntent.Other,
                r.EvidenceText!, r.Note ?? "", r.Actor, r.OccurredAt))
            .ToList();
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
