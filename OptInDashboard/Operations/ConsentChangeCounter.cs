using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Operations;

/// <summary>
/// Counts the consent ledger's new rows once they are committed, whichever path wrote them (a keyword, the intent
/// model, staff, the carrier): the changes of status (opted out, opted in, possible opt-out, blocked) by cause.
/// </summary>
public sealed class ConsentChangeCounter(IMeterFactory meters) : CommittedRows<ConsentEvent>
{
    private readonly Counter<long> _changes = meters.Create(DashboardTelemetry.Name).CreateCounter<long>("optin.consent.changes", "{change}",
        "Rows added to the consent ledger, by the status they set and their cause.");

    protected override bool TryRead(object entity, EntityState state, out ConsentEvent row)
    {
        row = (entity as ConsentEvent)!;
        return state == EntityState.Added && row is not null;
    }

    protected override void Committed(IReadOnlyList<ConsentEvent> rows)
    {
        foreach (var change in rows)
            _changes.Add(1, new("optin.consent.status", change.NewStatus.ToString()), new("optin.consent.cause", change.Cause.ToString()));
    }
}
