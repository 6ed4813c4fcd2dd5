using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>
/// A staff member's text: the send gate decides at once; an allowed text goes to the outbox with the
/// footer, a refused one is stored as Blocked with the reason, and nothing is sent.
/// </summary>
public sealed class AdvisorSender(
    IDbContextFactory<ConsentDbContext> dbFactory,
    IOptions<ConsentOptions> options,
    OutboxSignal outbox,
    ThreadEvents threads,
    TimeProvider clock)
{
    public async Task<Message> SendAsync(int contactId, int lineId, string text, string sentBy, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException("Type a message before sending.", nameof(text));

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One write transaction for decide-and-enqueue: a STOP cannot commit between the two.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var decision = await SendGate.DecideAsync(db, contactId, lineId, autoReply: null, ct);

        var message = new Message
        {
            ContactId = contactId,
            LineId = lineId,
            Direction = MessageDirection.Outbound,
            Sender = MessageSender.Staff,
            SentBy = sentBy,
            Text = decision.Allowed ? options.Value.AppendFooter(text) : text.Trim(),
            Status = decision.Allowed ? MessageStatus.Queued : MessageStatus.Blocked,
            StatusReason = decision.Reason,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        if (decision.Allowed) outbox.Wake();
        await threads.PublishAsync(new ThreadChanged(contactId, lineId));
        return message;
    }

    /// <summary>A text to every member of a group: each one passes the gate on its own, so members opted out or blocked get nothing.</summary>
    public async Task<IReadOnlyList<Message>> SendToGroupAsync(int groupId, int lineId, string text, string sentBy, CancellationToken ct = default)
    {
        List<int> members;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            members = await db.GroupMembers.Where(m => m.GroupId == groupId).OrderBy(m => m.ContactId).Select(m => m.ContactId).ToListAsync(ct);
        }
        var sent = new List<Message>(members.Count);
        foreach (var contactId in members)
            sent.Add(await SendAsync(contactId, lineId, text, sentBy, ct));
        return sent;
    }
}
