using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Tests.Data;

/// <summary>
/// The model snapshot says what the migrations build; these check the snapshot against the model and the
/// migrations (the first five written by hand, edited ones since) against the schema the model makes.
/// </summary>
public class MigrationsMatchTheModelTests
{
    [Fact]
    public void TheModelHasNoChangesWithoutAMigration()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new ConsentDbContext(new DbContextOptionsBuilder<ConsentDbContext>().UseSqlite(connection).Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model differs from the model snapshot: run `dotnet ef migrations add <Name> --project OptInDashboard`.");
    }

    [Fact]
    public void ThePostgreSqlModelHasNoChangesWithoutAMigration()
    {
        using var db = new PostgreSqlConsentDbContext(new DbContextOptionsBuilder<PostgreSqlConsentDbContext>().UseNpgsql("Host=localhost").Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model differs from PostgreSQL's model snapshot: run `dotnet ef migrations add <Name> --context PostgreSqlConsentDbContext --project OptInDashboard -o Data/PostgreSqlMigrations`.");
    }

    [Fact]
    public void EachProviderHasItsOwnMigrations()
    {
        using var sqlite = new ConsentDbContext(new DbContextOptionsBuilder<ConsentDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgreSql = new PostgreSqlConsentDbContext(new DbContextOptionsBuilder<PostgreSqlConsentDbContext>().UseNpgsql("Host=localhost").Options);

        Assert.Empty(sqlite.Database.GetMigrations().Intersect(postgreSql.Database.GetMigrations()));
        Assert.Contains(postgreSql.Database.GetMigrations(), m => m.EndsWith("_LedgerAppendOnlyInTheDatabase"));
    }

    [Fact]
    public async Task MigrationsMatchTheModel()
    {
        var migrated = await SchemaOf(db => db.Database.MigrateAsync());
        var created = await SchemaOf(db => db.Database.EnsureCreatedAsync());

        var missing = created.Except(migrated).ToList();
        var extra = migrated.Except(created).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "The model and the migrations differ: write a migration.\n" +
            $"In the model, not the migrations:\n  {string.Join("\n  ", missing)}\n" +
            $"In the migrations, not the model:\n  {string.Join("\n  ", extra)}");
    }

    private static async Task<SortedSet<string>> SchemaOf(Func<ConsentDbContext, Task> build)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<ConsentDbContext>()
            .UseSqlite(connection)
            .Options;
        await using (var db = new ConsentDbContext(options)) await build(db);

        var schema = new SortedSet<string>(StringComparer.Ordinal);
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            schema.Add($"table {table}");
            await Read(connection, $"PRAGMA table_info('{table}')", r => schema.Add($"column {table}.{r.GetString(1)} {r.GetString(2)} {(r.GetInt32(3) == 1 ? "NOT NULL" : "NULL")} pk={r.GetInt32(5)}"));
            await Read(connection, $"PRAGMA foreign_key_list('{table}')", r => schema.Add($"fk {table}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"));
            var indexes = new List<(string Name, bool Unique)>();
            await Read(connection, $"PRAGMA index_list('{table}')", r => indexes.Add((r.GetString(1), r.GetInt32(2) == 1)));
            foreach (var (name, unique) in indexes)
            {
                var columns = new List<string>();
                await Read(connection, $"PRAGMA index_info('{name}')", r => columns.Add(r.GetString(2)));
                schema.Add($"index {table} {name} ({string.Join(", ", columns)}){(unique ? " unique" : "")}");
            }
        }
        return schema;
    }

    private static async Task Read(SqliteConnection connection, string sql, Action<SqliteDataReader> row)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) row(reader);
    }
}
