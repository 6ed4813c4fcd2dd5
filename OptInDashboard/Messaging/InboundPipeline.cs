using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>
/// Every inbound text, from Vonage or the simulator, comes through here: stored, applied to consent and
/// answered in one transaction, so a caller that gets an answer knows nothing will be lost or doubled.
/// </summary>
public sealed class InboundPipeline(
    DealershipDb databases,
    WriteGate writeGate,
    ConsentService consent,
    OutboxSignal outbox,
    InboundMediaSignal media,
    TimeProvider clock,
    IOptions<MessagingOptions> messaging,
    ILogger<InboundPipeline> logger)
{
    private const int Attempts = 5;

    public async Task<InboundOutcome> AcceptAsync(InboundSms sms, CancellationToken ct = default)
    {
        RefuseMisusedSimulation(sms);
        var from = PhoneNumber.Normalize(sms.From);
        var to = PhoneNumber.Normalize(sms.To);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                InboundOutcome outcome;
                using (await writeGate.EnterAsync(ct))
                    outcome = await StoreAsync(sms with { From = from, To = to }, ct);
                if (outcome == InboundOutcome.Accepted)
                {
                    outbox.Wake();
                    if (sms.Media is not null) media.Wake();
                }
                return outcome;
            }
            catch (DbUpdateException ex) when (attempt < Attempts)
            {
                // A concurrent delivery of the same message, or a first text from the same new number, won the race.
                logger.LogDebug(ex, "Inbound {ProviderMessageId} raced another writer; attempt {Attempt}", sms.ProviderMessageId, attempt);
            }
        }
    }

    private async Task<InboundOutcome> StoreAsync(InboundSms sms, CancellationToken ct)
    {
        await using var db = databases.ForEveryDealership();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Database.AutoSavepointsEnabled = false; // one transaction that commits whole or not at all: no partial rollback wanted

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
            await transaction.CommitAsync(ct);
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
        await transaction.CommitAsync(ct);
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

    /// <summary>
    /// With a real provider, texts on a customer's number come only from the customer, so nothing may
    /// simulate one; and a simulated text must name who typed it, or the ledger would credit the customer.
    /// </summary>
    private void RefuseMisusedSimulation(InboundSms sms)
    {
        if (sms.SimulatedBy is null) return;
        if (!messaging.Value.UsesSimulator)
        {
            MessagingLog.SimulatedTextRefused(logger, sms.SimulatedBy, messaging.Value.Provider);
            throw new InvalidOperationException($"Simulated texts are accepted only while Messaging:Provider is Simulator (it is {messaging.Value.Provider}).");
        }
        if (string.IsNullOrWhiteSpace(sms.SimulatedBy))
            throw new ArgumentException("A simulated text must name the staff member who typed it.", nameof(sms));
    }

    /// <summary>
    /// Stored once per provider id, so a group admin sees it and a repeated delivery adds nothing. It belongs to no
    /// dealership; on an install of one dealer group, to that group.
    /// </summary>
    private static async Task KeepUnroutedAsync(ConsentDbContext db, InboundSms sms, DateTime now, CancellationToken ct)
    {
        if (await db.UnroutedMessages.AnyAsync(u => u.ProviderMessageId == sms.ProviderMessageId, ct)) return;
        var groups = await db.DealerGroups.OrderBy(g => g.Id).Select(g => g.Id).Take(2).ToListAsync(ct);
        db.UnroutedMessages.Add(new UnroutedMessage
        {
            ProviderMessageId = sms.ProviderMessageId, From = sms.From, To = sms.To, Text = sms.Text, ReceivedAt = now,
            GroupId = groups.Count == 1 ? groups[0] : null,
        });
        await db.SaveChangesAsync(ct);
    }
}
