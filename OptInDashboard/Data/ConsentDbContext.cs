using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OptInDashboard.Consent;
using OptInDashboard.Intent.Learning;

namespace OptInDashboard.Data;

public class ConsentDbContext(DbContextOptions<ConsentDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Line> Lines => Set<Line>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<MessageMedia> MessageMedia => Set<MessageMedia>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<ConsentEvent> ConsentEvents => Set<ConsentEvent>();
    public DbSet<KeywordResponder> KeywordResponders => Set<KeywordResponder>();
    public DbSet<ReplyTemplate> ReplyTemplates => Set<ReplyTemplate>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<ContactTag> ContactTags => Set<ContactTag>();
    public DbSet<UnroutedMessage> UnroutedMessages => Set<UnroutedMessage>();
    public DbSet<ThreadRead> ThreadReads => Set<ThreadRead>();
    public DbSet<IntentModelActivation> IntentModelActivations => Set<IntentModelActivation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ConsentDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Every timestamp is UTC; SQLite hands DateTime back unspecified, so say so on the way out.
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<Enum>().HaveConversion<int>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseLedgerRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseLedgerRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The ledger, and the record of which intent model was in use, are append-only: a row once written is
    /// evidence, and evidence is never edited.
    /// </summary>
    private void RefuseLedgerRewrites()
    {
        var rewritten = ChangeTracker.Entries<ConsentEvent>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (rewritten is not null)
            throw new ConsentRuleViolation($"The consent ledger is append-only: event {rewritten.Entity.Id} cannot be {Rewrite(rewritten.State)}.");
        var activation = ChangeTracker.Entries<IntentModelActivation>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (activation is not null)
            throw new ConsentRuleViolation($"The record of intent model activations is append-only: activation {activation.Entity.Sequence} cannot be {Rewrite(activation.State)}.");
    }

    private static string Rewrite(EntityState state) => state == EntityState.Deleted ? "deleted" : "changed";

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
