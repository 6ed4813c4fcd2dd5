using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Operations;

namespace OptInDashboard.Messaging;

/// <summary>
/// A staff member's text: the send gate decides at once; an allowed text goes to the outbox with the
/// footer, a refused one is stored as Blocked with the reason, and nothing is sent.
/// </summary>
public sealed class AdvisorSender(
    DealershipDb databases,
    IOptions<ConsentOptions> options,
    OutboxSignal outbox,
    DashboardMetrics metrics,
    TimeProvider clock,
    ILogger<AdvisorSender> logger)
{
    /// <param name="staff">Who sends: the contact and the line must both be of the dealership they are working in.</param>
    public async Task<Message> SendAsync(int contactId, int lineId, string text, ClaimsPrincipal staff, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException("Type a message before sending.", nameof(text));
        var sentBy = NameOf(staff);
        using var span = DashboardTelemetry.Traces.StartActivity("advisor.send");

        await using var db = databases.For(staff);
        // One write transaction for decide-and-enqueue: a STOP cannot commit between the two.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.RequireThreadAsync(contactId, lineId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var decision = await SendGate.DecideAsync(db, contactId, lineId, autoReply: null, now, ct);

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
            HeldUntil = decision.HeldUntil,
            CreatedAt = now,
            TraceParent = DashboardTelemetry.CurrentTraceParent(),
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        Queued(message, decision);
        return message;
    }

    /// <summary>A text to every member of a group: each one passes the gate on its own, so members opted out or blocked get nothing.</summary>
    public async Task<IReadOnlyList<Message>> SendToGroupAsync(int groupId, int lineId, string text, ClaimsPrincipal staff, CancellationToken ct = default)
    {
        List<int> members;
        await using (var db = databases.For(staff))
        {
            members = await db.GroupMembers.Where(m => m.GroupId == groupId).OrderBy(m => m.ContactId).Select(m => m.ContactId).ToListAsync(ct);
        }
        var sent = new List<Message>(members.Count);
        foreach (var contactId in members)
            sent.Add(await SendAsync(contactId, lineId, text, staff, ct));
        return sent;
    }

    /// <summary>
    /// Puts a failed advisor text back in the outbox, under the same id (the provider's client reference),
    /// after asking the send gate again: consent may have changed since it first failed.
    /// </summary>
    public async Task<Message> RetryAsync(long messageId, ClaimsPrincipal staff, CancellationToken ct = default)
    {
        var retriedBy = NameOf(staff);
        using var span = DashboardTelemetry.Traces.StartActivity("advisor.retry");
        await using var db = databases.For(staff);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == messageId, ct)
            ?? throw new InvalidOperationException($"Message {messageId} does not exist.");
        if (message.WasRefusedForConsent)
        {
            MessagingLog.RetryRefusedForConsent(logger, message.Id, retriedBy);
            throw new ConsentRuleViolation(message.Status == MessageStatus.Blocked
                ? $"This text was blocked for consent and is never sent again ({message.StatusReason}). Write a new one if consent allows it."
                : "The carrier refused this text because the customer opted out there, so it is never sent again. Only the customer can opt back in.");
        }
        if (!message.IsRetryable)
            throw new InvalidOperationException("Only an advisor's failed text can be retried.");

        var decision = await SendGate.DecideAsync(db, message.ContactId, message.LineId, autoReply: null, clock.GetUtcNow().UtcDateTime, ct);
        message.Status = decision.Allowed ? MessageStatus.Queued : MessageStatus.Blocked;
        message.StatusReason = decision.Reason;
        message.HeldUntil = decision.HeldUntil;
        message.ProviderMessageId = null;
        message.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        message.TraceParent = DashboardTelemetry.CurrentTraceParent();
        try
        {
            // Only if it is still as read: a delivery report may have just shown that it went out after all.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new InvalidOperationException("This text changed meanwhile (a delivery report may have arrived); it was not retried.");
        }
        await transaction.CommitAsync(ct);

        MessagingLog.Retried(logger, message.Id, retriedBy);
        Queued(message, decision);
        return message;
    }

    /// <summary>An allowed text wakes the outbox; a refused one was the gate's outcome, and nothing is sent.</summary>
    private void Queued(Message message, SendDecision decision)
    {
        Activity.Current?.SetTag("optin.message.id", message.Id);
        if (decision.Allowed) outbox.Wake();
        else metrics.SendDecided(SendOutcome.Blocked, message.Sender);
    }

    private static string NameOf(ClaimsPrincipal staff) =>
        staff.Identity?.Name is { Length: > 0 } name ? name : throw new ConsentRuleViolation("A text needs a signed-in staff member.");
}
