using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>
/// The one place live updates come from: every row a context saves that a thread shows (a message, a
/// consent record or ledger row, an attachment, a read mark, a contact's block, group or tag) becomes a
/// <see cref="ThreadChanged"/>, published once its transaction has committed (at once when it had none),
/// and dropped when it rolls back, to this instance's pages and, on PostgreSQL, to the other instances'.
/// Publishing never waits for a page.
/// </summary>
public sealed class ThreadChangePublisher(ThreadEvents threads, PostgreSqlThreadRelay? otherInstances = null) : CommittedRows<ThreadChanged>
{
    protected override bool TryRead(object entity, EntityState state, out ThreadChanged row)
    {
        row = ChangeOf(entity, state)!;
        return row is not null;
    }

    protected override void Committed(IReadOnlyList<ThreadChanged> rows)
    {
        var changes = rows.Distinct().ToArray();
        threads.Publish(changes);
        otherInstances?.Forward(changes);
    }

    /// <summary>What a saved row means for the threads on screen; null for rows no thread shows.</summary>
    private static ThreadChanged? ChangeOf(object entity, EntityState state) => entity switch
    {
        Message m => new ThreadChanged(m.ContactId, m.LineId, state == EntityState.Added ? ThreadChangeKind.NewMessage : ThreadChangeKind.MessageStatus),
        ConsentRecord r => new ThreadChanged(r.ContactId, r.LineId, ThreadChangeKind.Consent),
        ConsentEvent e => new ThreadChanged(e.ContactId, e.LineId, ThreadChangeKind.Consent),
        ThreadRead r => new ThreadChanged(r.ContactId, r.LineId, ThreadChangeKind.Read),
        MessageMedia { Message: { } m } => new ThreadChanged(m.ContactId, m.LineId, ThreadChangeKind.MessageStatus),
        Contact c => new ThreadChanged(c.Id, null, ThreadChangeKind.Contact),
        GroupMember g => new ThreadChanged(g.ContactId, null, ThreadChangeKind.Contact),
        ContactTag t => new ThreadChanged(t.ContactId, null, ThreadChangeKind.Contact),
        _ => null,
    };
}
