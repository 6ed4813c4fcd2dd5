using Microsoft.EntityFrameworkCore;
using OptInDashboard.Benchmarks.WebhookLoad;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Benchmarks.PageTiming;

/// <summary>
/// Tops a dealership's line up to N scale customers ("Scale customer 000042", +1777…), each with a START they texted
/// and the opt-in it made (its ledger row too), so they fill the Threads list and the snapshot's contact list.
/// Written through the app's own model, on either provider.
/// </summary>
public static class ScaleContacts
{
    private const string Prefix = "+1777";
    private const int Batch = 5_000;

    public static async Task<int> EnsureAsync(string database, string linePhoneNumber, int count)
    {
        await using var db = Open(database);
        var line = await db.Lines.IgnoreQueryFilters().SingleOrDefaultAsync(l => l.PhoneNumber == linePhoneNumber)
            ?? throw new InvalidOperationException($"No line {linePhoneNumber} in --db.");
        var have = await db.Contacts.IgnoreQueryFilters().CountAsync(c => c.AccountId == line.AccountId && c.PhoneNumber.StartsWith(Prefix));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var start = DateTime.UtcNow.AddDays(-60);
        for (var from = have; from < count; from += Batch)
        {
            var texts = new List<Message>();
            for (var i = from; i < Math.Min(count, from + Batch); i++)
            {
                var contact = new Contact { AccountId = line.AccountId, Name = $"Scale customer {i:000000}", PhoneNumber = $"{Prefix}{i:0000000}" };
                db.Contacts.Add(contact);
                var text = new Message
                {
                    Contact = contact, LineId = line.Id, Direction = MessageDirection.Inbound, Sender = MessageSender.Customer,
                    Text = "START", Status = MessageStatus.Received, ProviderMessageId = $"scale-contact-{i}", CreatedAt = start.AddSeconds(i),
                };
                db.Messages.Add(text);
                texts.Add(text);
            }
            await db.SaveChangesAsync();
            foreach (var text in texts)
            {
                var record = new ConsentRecord(text.ContactId, line.Id);
                db.ConsentRecords.Add(record);
                db.ConsentEvents.Add(record.OptIn(ConsentEvidence.FromInbound(ConsentCause.Keyword, text), text.CreatedAt));
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return Math.Max(0, count - have);
    }

    /// <summary>A context on the app's database as the app builds it, for the commands' own reads and writes.</summary>
    public static ConsentDbContext Open(string database) => AppDatabase.IsPostgreSql(database)
        ? new PostgreSqlConsentDbContext(ConsentDbContext.Configure(new DbContextOptionsBuilder<PostgreSqlConsentDbContext>().UseNpgsql(database)).Options)
        : new ConsentDbContext(ConsentDbContext.Configure(new DbContextOptionsBuilder<ConsentDbContext>().UseSqlite($"Data Source={database}")).Options);
}
