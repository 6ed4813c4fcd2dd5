using Microsoft.EntityFrameworkCore;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Data;

/// <summary>
/// A webhook is answered 200 only after its transaction commits; on the SQLite file that commit must be on the disk,
/// not only in the operating system's cache, or a power cut loses a STOP Vonage was told we stored.
/// </summary>
public sealed class DurableCommitsTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false, fileDatabase: true);

    public void Dispose() => _app.Dispose();

    private async Task<string> PragmaAsync(string name)
    {
        await using var db = _app.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public async Task EveryCommitToTheDatabaseFileIsSyncedToTheDiskBeforeItReturns()
    {
        Assert.Equal("wal", await PragmaAsync("journal_mode"));
        Assert.Equal("2", await PragmaAsync("synchronous")); // FULL: WAL mode syncs the log at every commit (NORMAL is 1)
    }
}
