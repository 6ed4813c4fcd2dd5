using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>Stands in for the intent model: flags a contact's latest inbound text on a line (of Riverside unless told) as a possible opt-out.</summary>
public static class PossibleOptOut
{
    public static async Task MarkAsync(TestApp app, string contactName, string lineName, double score, string topFeatures, int dealership = Staff.Riverside)
    {
        await using var db = app.CreateDbContext();
        var contact = await db.Contacts.SingleAsync(c => c.AccountId == dealership && c.Name == contactName);
        var line = await db.Lines.SingleAsync(l => l.AccountId == dealership && l.Name == lineName);
        var inbound = await db.Messages.Where(m => m.ContactId == contact.Id && m.LineId == line.Id && m.Direction == MessageDirection.Inbound)
            .OrderByDescending(m => m.Id).FirstAsync();
        var record = await db.ConsentRecords.SingleOrDefaultAsync(r => r.ContactId == contact.Id && r.LineId == line.Id)
            ?? db.ConsentRecords.Add(new ConsentRecord(contact.Id, line.Id)).Entity;
        db.ConsentEvents.Add(record.MarkPossibleOptOut(new ConsentEvidence(ConsentCause.IntentModel, ConsentEvidence.CustomerActor)
            { InboundMessageId = inbound.Id, Text = inbound.Text, ModelVersion = "intent-test-1", ModelScore = score, ModelTopFeatures = topFeatures }, DateTime.UtcNow));
        await db.SaveChangesAsync();
    }
}
