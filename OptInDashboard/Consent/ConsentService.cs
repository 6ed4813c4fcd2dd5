using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Data;
using OptInDashboard.Intent;
using OptInDashboard.Operations;

namespace OptInDashboard.Consent;

/// <summary>
/// Turns a customer's inbound text into consent changes, ledger rows and automatic replies.
/// The rules themselves live in <see cref="ConsentRecord"/>; this decides which records a text touches
/// and what the customer is told. Everything is added to the caller's context, so it commits in the
/// caller's transaction together with the inbound message.
/// The order: an exact keyword of a configured responder acts deterministically; anything else is free
/// text, which <see cref="IntentTriage"/> (the intent model and <see cref="IntentPolicy"/>) turns into an action.
/// </summary>
public sealed class ConsentService(TimeProvider clock, IntentTriage triage, LanguageIdentifier languages, IOptions<ConsentOptions> options)
{
    public async Task ApplyInboundAsync(ConsentDbContext db, Message inbound, CancellationToken ct = default)
    {
        using var span = DashboardTelemetry.Traces.StartActivity("consent.apply");
        // Before anything is read or stamped: a claim deciding a send to this contact commits first, or sees this.
        await db.LockForConsentChangeAsync(inbound.ContactId, ct);
        var automated = AutomatedText.Recognise(inbound.Text);
        // The carrier's notice about a delivery is not the customer's words: nothing to decide, nothing to answer.
        if (automated == AutomatedTextKind.CarrierNotice) return;
        var text = new InboundText(db, inbound, await db.Lines.Include(l => l.Account).SingleAsync(l => l.Id == inbound.LineId, ct),
            clock.GetUtcNow().UtcDateTime, IsAutoResponder: automated == AutomatedTextKind.AutoResponder);
        var record = await RecordsInScope.FindOrAddAsync(db, inbound.ContactId, inbound.LineId, ct);
        var responder = await MatchResponderAsync(db, text.Line, inbound.Text, ct);

        switch (responder?.Action)
        {
            case KeywordAction.OptOut or KeywordAction.OptOutAll when !record.IsOptedOut:
                var allLines = responder.Action == KeywordAction.OptOutAll;
                var carrierConfirms = text.Line.CarrierConfirmsStop && Keywords.CarrierHandled.Contains(responder.Keyword);
                await OptOutAsync(text, record, KeywordEvidence(text, responder), allLines, responder.Language, confirm: !carrierConfirms, ct);
                break;
            case KeywordAction.OptIn when record.Status != ConsentStatus.OptedIn:
                await OptInAsync(text, record, KeywordEvidence(text, responder), responder.Language, ct);
                break;
            case KeywordAction.Help:
                await ReplyAsync(text, AutoReply.Help, responder.Language, ct: ct);
                break;
            case KeywordAction.JoinGroup or KeywordAction.LeaveGroup when !record.IsOptedOut:
                await ChangeGroupAsync(text, responder, ct);
                break;
            case null:
                await ApplyFreeTextAsync(text, record, ct);
                break;
            default:
                // A keyword that changes nothing here (STOP while opted out, JOIN while opted out).
                if (record.IsOptedOut) await ReplyAsync(text, AutoReply.StillOptedOut, responder.Language, ct: ct);
                break;
        }
    }

    private async Task ApplyFreeTextAsync(InboundText text, ConsentRecord record, CancellationToken ct)
    {
        // No configured keyword matched (the caller looked): the same triage as the CLI and the evaluation.
        var decision = triage.Decide(text.Inbound.Text, record.IsOptedOut, keyword: null);
        // Free text has no keyword to say its language: a reply goes in the language the customer wrote in.
        string Language() => languages.Identify(text.Inbound.Text) ?? ReplyTemplate.English;
        var (prediction, action) = (decision.Prediction!, decision.Action);
        var evidence = ConsentEvidence.FromInbound(ConsentCause.IntentModel, text.Inbound) with
        {
            ModelVersion = prediction.ModelVersion,
            ModelScore = action == IntentAction.OptIn ? prediction.Confidence : prediction.OptOutProbability,
            ModelTopFeatures = string.Join("; ", prediction.TopFeatures.Take(5)),
        };
        switch (action)
        {
            case IntentAction.OptOut when !record.IsOptedOut:
                // A wrong number is not our customer on any line: the texts stop on every line of the dealership.
                var wrongNumber = prediction.Intent == MessageIntent.WrongNumber;
                await OptOutAsync(text, record, evidence, allLines: wrongNumber, Language(), confirm: true, ct);
                if (wrongNumber) await TagAsync(text, WrongNumberTag, ct);
                break;
            case IntentAction.Review when record.Status is not (ConsentStatus.OptedOut or ConsentStatus.PossibleOptOut):
                // Sending pauses on this line at once; a manager confirms or dismisses. The customer is told nothing yet.
                text.Db.ConsentEvents.Add(record.MarkPossibleOptOut(evidence, text.Now));
                text.Inbound.ConsentEffect = ConsentStatus.PossibleOptOut;
                break;
            case IntentAction.OptIn when record.IsOptedOut:
                await OptInAsync(text, record, evidence, Language(), ct);
                break;
            case IntentAction.Help:
                await ReplyAsync(text, AutoReply.Help, Language(), ct: ct);
                break;
            default:
                if (record.IsOptedOut) await ReplyAsync(text, AutoReply.StillOptedOut, Language(), ct: ct);
                break;
        }
    }

    private static ConsentEvidence KeywordEvidence(InboundText text, KeywordResponder responder) =>
        ConsentEvidence.FromInbound(ConsentCause.Keyword, text.Inbound) with { Keyword = responder.Keyword };

    private async Task OptOutAsync(InboundText text, ConsentRecord arrivedOn, ConsentEvidence evidence, bool allLines, string language, bool confirm, CancellationToken ct)
    {
        foreach (var record in await RecordsInScope.OfOptOutAsync(text.Db, arrivedOn.ContactId, arrivedOn.LineId, options.Value, allLines, text.Now, ct))
            if (!record.IsOptedOut) text.Db.ConsentEvents.Add(record.OptOut(evidence, text.Now));
        text.Inbound.ConsentEffect = ConsentStatus.OptedOut;
        if (confirm)
            await ReplyAsync(text, AutoReply.OptOutConfirmation, language, ct: ct);
    }

    private async Task OptInAsync(InboundText text, ConsentRecord arrivedOn, ConsentEvidence evidence, string language, CancellationToken ct)
    {
        var everyLine = text.Line.Account!.OptInScope == ConsentScope.Account;
        foreach (var record in await RecordsInScope.ForAsync(text.Db, arrivedOn.ContactId, text.Line, everyLine, ct))
            if (record.Status != ConsentStatus.OptedIn) text.Db.ConsentEvents.Add(record.OptIn(evidence, text.Now));
        text.Inbound.ConsentEffect = ConsentStatus.OptedIn;
        // A keyword texted to a marketing line is the customer's written consent to marketing (MarketingConsent): it is
        // answered with the CTIA confirmation, which names the program, the frequency, the rates, HELP and STOP.
        var confirmation = MarketingConsent.IsGivenBy(evidence, text.Line) ? AutoReply.MarketingOptInConfirmation : AutoReply.OptInConfirmation;
        await ReplyAsync(text, confirmation, language, ct: ct);
    }

    private async Task ChangeGroupAsync(InboundText text, KeywordResponder responder, CancellationToken ct)
    {
        var group = await text.Db.Groups.SingleAsync(g => g.Id == responder.GroupId, ct);
        var contactId = text.Inbound.ContactId;
        var member = await text.Db.GroupMembers.FindAsync([group.Id, contactId], ct);
        if (responder.Action == KeywordAction.JoinGroup)
        {
            if (member is null) text.Db.GroupMembers.Add(new GroupMember { GroupId = group.Id, ContactId = contactId, JoinedAt = text.Now });
            await ReplyAsync(text, AutoReply.GroupWelcome, responder.Language, group.Name, ct);
            return;
        }
        if (member is not null) text.Db.GroupMembers.Remove(member);
        await TagAsync(text, $"left: {group.Name}", ct);
        await ReplyAsync(text, AutoReply.GroupLeft, responder.Language, group.Name, ct);
    }

    /// <summary>
    /// The tag a contact gets when the texts reach someone else ("wrong number", "this isn't Maria"): the number
    /// is opted out like any revocation, and staff see why before they fix the contact's details.
    /// </summary>
    public const string WrongNumberTag = "wrong number";

    private static async Task TagAsync(InboundText text, string tag, CancellationToken ct)
    {
        if (await text.Db.ContactTags.FindAsync([text.Inbound.ContactId, tag], ct) is null)
            text.Db.ContactTags.Add(new ContactTag { ContactId = text.Inbound.ContactId, Name = tag, TaggedAt = text.Now });
    }

    /// <summary>A line's own responder wins over the account's.</summary>
    private static Task<KeywordResponder?> MatchResponderAsync(ConsentDbContext db, Line line, string text, CancellationToken ct)
    {
        var keyword = Keywords.Normalize(text);
        return db.KeywordResponders.AsNoTracking()
            .Where(r => r.AccountId == line.AccountId && (r.LineId == line.Id || r.LineId == null) && r.Keyword == keyword)
            .OrderBy(r => r.LineId == null)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Queues an automatic reply, unless it would answer an auto-responder or repeat itself too soon
    /// (<see cref="ConsentReplies.RepeatInterval"/>); the confirmation of a consent change always goes.
    /// </summary>
    private static async Task ReplyAsync(InboundText text, AutoReply kind, string language, string? groupName = null, CancellationToken ct = default)
    {
        if (!ConsentReplies.ConfirmsAChange(kind))
        {
            if (text.IsAutoResponder) return;
            var since = text.Now - ConsentReplies.RepeatInterval(kind);
            if (await text.Db.Messages.AnyAsync(m => m.ContactId == text.Inbound.ContactId && m.LineId == text.Inbound.LineId
                    && m.AutoReply == kind && m.CreatedAt > since, ct))
                return;
        }
        var template = await text.Db.ReplyTemplates.AsNoTracking()
            .Where(t => t.AccountId == text.Line.AccountId && t.Kind == kind && (t.Language == language || t.Language == ReplyTemplate.English))
            .OrderBy(t => t.Language != language)
            .Select(t => t.Text)
            .FirstOrDefaultAsync(ct) ?? ConsentReplies.Default(kind, language);

        text.Db.Messages.Add(new Message
        {
            ContactId = text.Inbound.ContactId,
            LineId = text.Inbound.LineId,
            Direction = MessageDirection.Outbound,
            Sender = MessageSender.System,
            AutoReply = kind,
            Text = ConsentReplies.Fill(template, text.Line.Name, groupName, text.Line.Account!.Name),
            Status = MessageStatus.Queued,
            CreatedAt = text.Now,
            TraceParent = DashboardTelemetry.CurrentTraceParent(),
        });
    }

    private sealed record InboundText(ConsentDbContext Db, Message Inbound, Line Line, DateTime Now, bool IsAutoResponder);
}
