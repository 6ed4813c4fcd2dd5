using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Tests.Data;

/// <summary>
/// A customer's words are evidence: no column that holds them may cut them short, on any database. (SQLite
/// ignores lengths, so this asks the model, which is what a PostgreSQL schema is made from.)
/// </summary>
public class TextColumnsTests
{
    [Theory]
    [InlineData(typeof(Message), nameof(Message.Text))]
    [InlineData(typeof(UnroutedMessage), nameof(UnroutedMessage.Text))]
    [InlineData(typeof(ConsentEvent), nameof(ConsentEvent.EvidenceText))]
    public void ACustomersTextIsNeverLimitedInLength(Type entity, string property)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new ConsentDbContext(new DbContextOptionsBuilder<ConsentDbContext>()
            .UseSqlite(connection)
            .Options);

        var column = db.Model.FindEntityType(entity)!.FindProperty(property)!;

        Assert.Null(column.GetMaxLength());
    }
}
