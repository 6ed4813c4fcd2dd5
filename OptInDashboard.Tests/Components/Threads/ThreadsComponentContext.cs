using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OptInDashboard.Accounts;
using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Operations;

namespace OptInDashboard.Tests.Components.Threads;

/// <summary>
/// The services a thread's components ask for, and threads built by hand in each consent state. The senders are
/// real but get no database: a test that reached one would fail, which is how "nothing is sent" is held.
/// </summary>
public abstract class ThreadsComponentContext : ComponentTestContext
{
    protected static readonly DealershipTime Chicago = new(TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"));
    protected static readonly DateTime StopAt = new(2026, 11, 29, 20, 5, 0, DateTimeKind.Utc); // 2:05 PM in Chicago

    protected ThreadsComponentContext()
    {
        Services.AddLogging();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new DealershipDb(new PooledDbContextFactory<ConsentDbContext>(
            new DbContextOptionsBuilder<ConsentDbContext>().UseSqlite(new SqliteConnection("Data Source=:memory:")).Options).CreateDbContext));
        Services.AddSingleton<OutboxSignal>();
        Services.AddMetrics();
        Services.AddSingleton<DashboardMetrics>();
        Services.AddSingleton<AdvisorSender>();
        Services.AddSingleton<StaffConsentActions>();
        Services.AddScoped<ThreadDrafts>();
        Services.AddSingleton(Options.Create(new ConsentOptions()));
        SignInAs("advisor@demo.local", Roles.Advisor);
    }

    protected static readonly Line Service = new() { Id = 1, Name = "Service", PhoneNumber = "+15555550100" };

    protected static Message Inbound(long id, string text, ConsentStatus? effect = null) => new()
    {
        Id = id, Text = text, Direction = MessageDirection.Inbound, Sender = MessageSender.Customer, Status = MessageStatus.Received,
        ConsentEffect = effect, CreatedAt = StopAt.AddMinutes(id - 10),
    };

    protected static Message Outbound(long id, string text, MessageStatus status = MessageStatus.Delivered, string? reason = null) => new()
    {
        Id = id, Text = text, Direction = MessageDirection.Outbound, Sender = MessageSender.Staff, Status = status, StatusReason = reason,
        SentBy = "advisor@demo.local", CreatedAt = StopAt.AddMinutes(id - 10),
    };

    protected static ThreadModel Thread(ConsentStatus status, SendDecision sending, bool blocked = false, int contactId = 7, params Message[] messages)
    {
        var contact = new Contact { Id = contactId, Name = $"Customer {contactId}", PhoneNumber = $"+1555555{contactId:0000}" };
        if (blocked) contact.Block(ConsentEvidence.FromStaff(ConsentCause.Block, "manager@demo.local", "abusive"), StopAt);
        return new ThreadModel(contact, Service, status, status == ConsentStatus.NotDefined ? null : StopAt, messages, sending);
    }

    protected static ThreadModel OptedOut(int contactId = 7) => Thread(ConsentStatus.OptedOut,
        SendDecision.Refuse("Opted out on Service since 2026-11-29 20:05 UTC."), contactId: contactId,
        messages: [Outbound(1, "Your car is ready\nText STOP to opt-out"), Inbound(2, "STOP", ConsentStatus.OptedOut)]);

    protected static ThreadModel Neutral(int contactId = 8) => Thread(ConsentStatus.NotDefined, SendDecision.Allow, contactId: contactId,
        messages: [Outbound(1, "Your car is ready\nText STOP to opt-out")]);
}
