using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OptInDashboard.Accounts;
using OptInDashboard.Consent;
using OptInDashboard.Intent.Learning;

namespace OptInDashboard.Data;

/// <summary>
/// The app's database. Every context sees one dealership's rows, or every dealership's for the app's own work:
/// <see cref="DealershipDb"/> makes them all and says which (the walls are the query filters below).
/// </summary>
public class ConsentDbContext : IdentityDbContext<StaffUser>, IDataProtectionKeyContext
{
    public ConsentDbContext(DbContextOptions<ConsentDbContext> options) : base(options) { }

    /// <summary>For <see cref="PostgreSqlConsentDbContext"/>, the same model with migrations of its own.</summary>
    protected ConsentDbContext(DbContextOptions options) : base(options) { }

    public DbSet<DealerGroup> DealerGroups => Set<DealerGroup>();
    public DbSet<DealershipRole> DealershipRoles => Set<DealershipRole>();
    public DbSet<AdminChange> AdminChanges => Set<AdminChange>();
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();
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

    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, here so every instance reads the same ones.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // What this context sees: set by DealershipDb on every context it makes, pooled ones included. A context made
    // any other way sees no dealership's rows at all (no dealership has id 0).
    private bool _everyDealership;
    private int _dealershipId;
    private int _groupId;

    /// <summary>The dealership whose rows this context sees, or null when it sees every dealership's.</summary>
    public int? DealershipId => _everyDealership ? null : _dealershipId;

    internal void SeeOnly(int dealershipId, int groupId) => (_everyDealership, _dealershipId, _groupId) = (false, dealershipId, groupId);

    internal void SeeEveryDealership() => (_everyDealership, _dealershipId, _groupId) = (true, 0, 0);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ConsentDbContext).Assembly);
        BuildDealershipWalls(builder);
    }

    /// <summary>
    /// The walls between dealerships, in one place: each row belongs to a dealership directly (AccountId) or through
    /// its contact, and a context that sees one dealership finds no other's, in any query, page, export or action.
    /// </summary>
    private void BuildDealershipWalls(ModelBuilder builder)
    {
        builder.Entity<Account>().HasQueryFilter(a => _everyDealership || a.Id == _dealershipId);
        builder.Entity<Line>().HasQueryFilter(l => _everyDealership || l.AccountId == _dealershipId);
        builder.Entity<Contact>().HasQueryFilter(c => _everyDealership || c.AccountId == _dealershipId);
        builder.Entity<Group>().HasQueryFilter(g => _everyDealership || g.AccountId == _dealershipId);
        builder.Entity<KeywordResponder>().HasQueryFilter(r => _everyDealership || r.AccountId == _dealershipId);
        builder.Entity<ReplyTemplate>().HasQueryFilter(t => _everyDealership || t.AccountId == _dealershipId);
        builder.Entity<Message>().HasQueryFilter(m => _everyDealership || m.Contact!.AccountId == _dealershipId);
        builder.Entity<MessageMedia>().HasQueryFilter(m => _everyDealership || m.Message!.Contact!.AccountId == _dealershipId);
        builder.Entity<ConsentRecord>().HasQueryFilter(r => _everyDealership || r.Contact!.AccountId == _dealershipId);
        builder.Entity<ConsentEvent>().HasQueryFilter(e => _everyDealership || e.Contact!.AccountId == _dealershipId);
        builder.Entity<ThreadRead>().HasQueryFilter(r => _everyDealership || r.Contact!.AccountId == _dealershipId);
        builder.Entity<GroupMember>().HasQueryFilter(m => _everyDealership || m.Contact!.AccountId == _dealershipId);
        builder.Entity<ContactTag>().HasQueryFilter(t => _everyDealership || t.Contact!.AccountId == _dealershipId);
        // A change to the group itself (its staff, a group admin) is seen by the group's admins only.
        builder.Entity<AdminChange>().HasQueryFilter(c => _everyDealership || c.AccountId == _dealershipId || (c.AccountId == null && c.GroupId == _groupId));
        // A text to a number that is no line belongs to no dealership: only its group's admins see it.
        builder.Entity<UnroutedMessage>().HasQueryFilter(u => _everyDealership || u.GroupId == _groupId);
    }

    /// <summary>
    /// Options every context is built with, the app's and the design-time tools' alike. Every dependent row is walled by
    /// its own filter (BuildDealershipWalls), so a contact filtered out never leaves a dependent visible: EF Core's
    /// warning about filtered required ends does not apply.
    /// </summary>
    public static TBuilder Configure<TBuilder>(TBuilder options) where TBuilder : DbContextOptionsBuilder =>
        (TBuilder)options.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));

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
        var adminChange = ChangeTracker.Entries<AdminChange>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (adminChange is not null)
            throw new ConsentRuleViolation($"The record of Admins' changes is append-only: change {adminChange.Entity.Id} cannot be {Rewrite(adminChange.State)}.");
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
