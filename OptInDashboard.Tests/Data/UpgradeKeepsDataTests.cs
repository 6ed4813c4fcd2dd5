using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Tests.Data;

/// <summary>
/// Dealerships' databases upgrade in place at start-up, and their consent history is evidence. A database
/// holding rows written as the first schema has them must keep every row through each later migration,
/// including migrations not written yet: the test walks whatever migrations the assembly has.
/// </summary>
public class UpgradeKeepsDataTests
{
    [Fact]
    public async Task RowsWrittenUnderTheFirstSchemaSurviveEveryLaterMigration()
    {
        var file = Path.Combine(Path.GetTempPath(), $"upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new ConsentDbContext(new DbContextOptionsBuilder<ConsentDbContext>()
                .UseSqlite($"Data Source={file};Pooling=False").Options);
            db.SeeEveryDealership();
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            Assert.True(migrations.Count >= 5, "expected the migration history");

            await migrator.MigrateAsync(migrations[0]);
            await InsertAsTheFirstSchemaHasThem(db);
            Assert.Equal(Counts, await CountRows(db));

            foreach (var migration in migrations.Skip(1))
            {
                await migrator.MigrateAsync(migration);
                var counts = await CountRows(db);
                Assert.True(counts.SequenceEqual(Counts), $"rows were lost by {migration}: {string.Join(", ", counts)}");
            }

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await TheCurrentModelReadsTheOldRows(db);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static readonly string[] Tables = ["Accounts", "Lines", "Contacts", "ConsentRecords", "Messages", "ConsentLedger", "AspNetUsers"];
    private static readonly long[] Counts = [1, 1, 1, 1, 2, 1, 1];

    private static async Task InsertAsTheFirstSchemaHasThem(ConsentDbContext db) => await db.Database.ExecuteSqlRawAsync("""
        INSERT INTO Accounts (Id, Name, OptOutScope, OptInScope) VALUES (1, 'Riverside Motors', 1, 0);
        INSERT INTO Lines (Id, AccountId, Name, PhoneNumber, CarrierConfirmsStop) VALUES (1, 1, 'Service', '+15550100001', 1);
        INSERT INTO Contacts (Id, AccountId, PhoneNumber, Name, IsBlocked) VALUES (1, 1, '+15550123456', 'Dana Whitfield', 0);
        INSERT INTO Messages (Id, ContactId, LineId, Direction, Text, Status, ProviderMessageId, Sender, SentBy, CreatedAt)
            VALUES (1, 1, 1, 2, 'Your car is ready for pick-up.', 4, 'out-1', 2, 'advisor@example.com', '2026-11-20 14:00:00');
        INSERT INTO Messages (Id, ContactId, LineId, Direction, Text, Status, ProviderMessageId, ConsentEffect, Sender, CreatedAt)
            VALUES (2, 1, 1, 1, 'STOP', 1, 'in-1', 2, 1, '2026-11-20 14:05:00');
        INSERT INTO ConsentRecords (Id, ContactId, LineId, Status, Since, Version) VALUES (1, 1, 1, 2, '2026-11-20 14:05:00', 2);
        INSERT INTO ConsentLedger (Id, ContactId, LineId, OldStatus, NewStatus, Cause, InboundMessageId, EvidenceText, Keyword, Actor, OccurredAt)
            VALUES (1, 1, 1, 1, 2, 1, 2, 'STOP', 'STOP', 'customer', '2026-11-20 14:05:00');
        INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
            VALUES ('u1', 'advisor@example.com', 'ADVISOR@EXAMPLE.COM', 1, 0, 0, 1, 0);
        """);

    private static async Task<long[]> CountRows(ConsentDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var counts = new long[Tables.Length];
            for (var i = 0; i < Tables.Length; i++)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{Tables[i]}\"";
                counts[i] = (long)(await command.ExecuteScalarAsync())!;
            }
            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task TheCurrentModelReadsTheOldRows(ConsentDbContext db)
    {
        var account = await db.Accounts.SingleAsync();
        Assert.Equal(("Riverside Motors", ConsentScope.Account), (account.Name, account.OptOutScope));
        Assert.Equal("+15550123456", (await db.Contacts.SingleAsync()).PhoneNumber);

        var messages = await db.Messages.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(["Your car is ready for pick-up.", "STOP"], messages.Select(m => m.Text));
        Assert.Equal(new DateTime(2026, 11, 20, 14, 5, 0, DateTimeKind.Utc), messages[1].CreatedAt);
        Assert.All(messages, m => Assert.False(m.RefusedForConsent));

        // Dealer groups came later: the dealership and its staff were put in a group of their own.
        var group = await db.DealerGroups.SingleAsync();
        Assert.Equal(group.Id, account.GroupId);
        Assert.Equal(group.Id, (await db.Users.SingleAsync()).GroupId);

        var record = await db.ConsentRecords.SingleAsync();
        Assert.Equal((ConsentStatus.OptedOut, 2), (record.Status, record.Version));
        var evidence = await db.ConsentEvents.SingleAsync();
        Assert.Equal((ConsentCause.Keyword, "STOP", 2L), (evidence.Cause, evidence.EvidenceText, evidence.InboundMessageId));
    }
}
