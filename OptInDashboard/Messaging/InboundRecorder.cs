using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>
/// Stores one inbound text inside the caller's transaction: kept once per provider id, routed to its line
/// and contact, applied to consent and answered. The caller commits.
/// </summary>
public sealed class InboundRecorder(ConsentService consent, TimeProvider clock, ILogger<InboundRecorder> logger)
{
    public async Task<InboundOutcome> RecordAsync(ConsentDbContext db, InboundSms sms, CancellationToken ct)
    {
        if (await db.Messages.AnyAsync(m => m.Direction == MessageDirection.Inbound && m.ProviderMessageId == sms.ProviderMessageId, ct))
            return InboundOutcome.Duplicate;

        var now = clock.GetUtcNow().UtcDateTime;
        // The line and, if known, the contact in one round trip.
        var route = await db.Lines.Where(l => l.PhoneNumber == sms.To)
            .Select(l => new
            {
                LineId = l.Id,
                l.AccountId,
                ContactId = db.Contacts.Where(c => c.AccountId == l.AccountId && c.PhoneNumber == sms.From).Select(c => (int?)c.Id).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (route is null)
        {
            logger.LogWarning("Inbound text to {To}, which is not one of our lines", PhoneNumber.Mask(sms.To));
            await KeepUnroutedAsync(db, sms, now, ct);
            return InboundOutcome.Unrouted;
        }

        var message = new Message
        {
            ContactId = route.ContactId ?? 0,
            Contact = route.ContactId is null ? new Contact { AccountId = route.AccountId, PhoneNumber = sms.From } : null,
            LineId = route.LineId,
            Direction = MessageDirection.Inbound,
            Sender = MessageSender.Customer,
            SentBy = sms.SimulatedBy,
            Text = sms.Text,
            Status = MessageStatus.Received,
            ProviderMessageId = sms.ProviderMessageId,
            CreatedAt = now,
        };
        db.Messages.Add(message);
        if (sms.Media is { } attachment)
            db.MessageMedia.Add(PendingMedia(message, attachment, now));
        await db.SaveChangesAsync(ct);

        // An MMS caption is the customer's words like any text: "STOP" under a photo opts out.
        await consent.ApplyInboundAsync(db, message, ct);
        await db.SaveChangesAsync(ct);
        return InboundOutcome.Accepted;
    }

    /// <summary>Stored with the message; fetched after the answer, by the media fetcher, before the provider's link expires.</summary>
    private static MessageMedia PendingMedia(Message message, InboundMedia media, DateTime now) => new()
    {
        Message = message,
        Kind = media.Kind,
        SourceUrl = media.Url.AbsoluteUri,
        FileName = media.FileName is { Length: > MessageMedia.MaxFileNameLength } name ? name[..MessageMedia.MaxFileNameLength] : media.FileName,
        Status = MediaFetchStatus.Pending,
        CreatedAt = now,
    };

    /// <summary>Stored once per provider id, so an Admin sees it and a repeated delivery adds nothing.</summary>
    private static async Task KeepUnroutedAsync(ConsentDbContext db, InboundSms sms, DateTime now, CancellationToken ct)
    {
        if (await db.UnroutedMessages.AnyAsync(u => u.ProviderMessageId == sms.ProviderMessageId, ct)) return;
        db.UnroutedMessages.Add(new UnroutedMessage { ProviderMessageId = sms.ProviderMessageId, From = sms.From, To = sms.To, Text = sms.Text, ReceivedAt = now });
        await db.SaveChangesAsync(ct);
    }
}
