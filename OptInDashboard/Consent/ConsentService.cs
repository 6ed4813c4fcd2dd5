using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// Turns a customer's inbound text into consent changes, ledger rows and the consent replies.
/// The rules themselves live in <see cref="ConsentRecord"/>; this decides which records a text touches.
/// Everything is added to the caller's context so it commits in the caller's transaction.
/// </summary>
public sealed class ConsentService(TimeProvider clock)
{
    public async Task ApplyInboundAsync(ConsentDbContext db, Message inbound, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var line = await db.Lines.Include(l => l.Account).SingleAsync(l => l.Id == inbound.LineId, ct);
        var record = await RecordAsync(db, inbound.ContactId, line.Id, ct);
        var match = Keywords.Match(inbound.Text);

        switch (match?.Action)
        {
            case KeywordAction.OptOut or KeywordAction.OptOutAll when !record.IsOptedOut:
                var accountWide = match.Action == KeywordAction.OptOutAll || line.Account!.OptOutScope == ConsentScope.Account;
                var evidence = ConsentEvidence.FromKeyword(inbound.Id, inbound.Text, match.Keyword);
                foreach (var affected in await RecordsInScopeAsync(db, record, line, accountWide, ct))
                    if (!affected.IsOptedOut) db.ConsentEvents.Add(affected.OptOut(evidence, now));
                inbound.ConsentEffect = ConsentStatus.OptedOut;
                if (!(line.CarrierConfirmsStop && match.Keyword == "STOP"))
                    Reply(db, inbound, AutoReply.OptOutConfirmation, ConsentReplies.OptedOut, now);
                break;

            case KeywordAction.OptIn when record.Status != ConsentStatus.OptedIn:
                var optInEvidence = ConsentEvidence.FromKeyword(inbound.Id, inbound.Text, match.Keyword);
                var optInAccountWide = line.Account!.OptInScope == ConsentScope.Account;
                foreach (var affected in await RecordsInScopeAsync(db, record, line, optInAccountWide, ct))
                    if (affected.Status != ConsentStatus.OptedIn) db.ConsentEvents.Add(affected.OptIn(optInEvidence, now));
                inbound.ConsentEffect = ConsentStatus.OptedIn;
                Reply(db, inbound, AutoReply.OptInConfirmation, ConsentReplies.OptedBackIn, now);
                break;

            case KeywordAction.Help:
                Reply(db, inbound, AutoReply.Help, ConsentReplies.Help(line.Name), now);
                break;

            default:
                if (record.IsOptedOut && !await RemindedRecentlyAsync(db, inbound, now, ct))
                    Reply(db, inbound, AutoReply.StillOptedOut, ConsentReplies.StillOptedOut, now);
                break;
        }
    }

    private static async Task<ConsentRecord> RecordAsync(ConsentDbContext db, int contactId, int lineId, CancellationToken ct)
    {
        var record = await db.ConsentRecords.SingleOrDefaultAsync(r => r.ContactId == contactId && r.LineId == lineId, ct);
        if (record is null)
        {
            record = new ConsentRecord(contactId, lineId);
            db.ConsentRecords.Add(record);
        }
        return record;
    }

    private static async Task<IReadOnlyList<ConsentRecord>> RecordsInScopeAsync(ConsentDbContext db, ConsentRecord arrivedOn, Line line, bool accountWide, CancellationToken ct)
    {
        if (!accountWide) return [arrivedOn];
        var lineIds = await db.Lines.Where(l => l.AccountId == line.AccountId).Select(l => l.Id).ToListAsync(ct);
        var records = new List<ConsentRecord>();
        foreach (var lineId in lineIds)
            records.Add(lineId == arrivedOn.LineId ? arrivedOn : await RecordAsync(db, arrivedOn.ContactId, lineId, ct));
        return records;
    }

    private static Task<bool> RemindedRecentlyAsync(ConsentDbContext db, Message inbound, DateTime now, CancellationToken ct)
    {
        var since = now - ConsentReplies.StillOptedOutInterval;
        return db.Messages.AnyAsync(m => m.ContactId == inbound.ContactId && m.LineId == inbound.LineId
            && m.AutoReply == AutoReply.StillOptedOut && m.CreatedAt > since, ct);
    }

    private static void Reply(ConsentDbContext db, Message inbound, AutoReply kind, string text, DateTime now) =>
        db.Messages.Add(new Message
        {
            ContactId = inbound.ContactId,
            LineId = inbound.LineId,
            Direction = MessageDirection.Outbound,
            Sender = MessageSender.System,
            AutoReply = kind,
            Text = text,
            Status = MessageStatus.Queued,
            CreatedAt = now,
        });
}
