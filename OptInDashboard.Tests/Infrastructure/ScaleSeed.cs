using OptInDashboard.Data;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>Many more customers than the demo has, each with one text on the Service line, the newest last.</summary>
public static class ScaleSeed
{
    public static void AddContacts(TestApp app, int count)
    {
        using var db = app.CreateDbContext();
        var account = db.Accounts.Single(a => a.Id == Staff.Riverside);
        var service = db.RiversideLines().Single(l => l.Name == "Service");
        var start = DateTime.UtcNow.AddDays(-30);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var contact = new Contact { AccountId = account.Id, Name = $"Customer {i:00000}", PhoneNumber = $"+1666{i:0000000}" };
            db.Contacts.Add(contact);
            db.Messages.Add(new Message
            {
                Contact = contact, LineId = service.Id, Direction = MessageDirection.Inbound, Sender = MessageSender.Customer,
                Text = $"Question {i}", Status = MessageStatus.Received, ProviderMessageId = $"scale-{i}", CreatedAt = start.AddMinutes(i),
            });
        }
        db.SaveChanges();
    }
}
