using Microsoft.Extensions.Configuration;
using OptInDashboard.Data;

namespace OptInDashboard.Tests.Data;

public sealed class DatabaseProviderTests
{
    private static DatabaseProvider Read(string? provider) =>
        DatabaseProviders.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseProviders.Key] = provider }).Build());

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("PostgreSQL", DatabaseProvider.PostgreSQL)]
    [InlineData("postgresql", DatabaseProvider.PostgreSQL)]
    public void TheProviderIsSqliteUnlessPostgreSqlIsNamed(string? configured, DatabaseProvider expected) =>
        Assert.Equal(expected, Read(configured));

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("7")]
    public void AnUnknownProviderStopsTheAppWithAMessageNamingTheChoices(string configured)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Read(configured));

        Assert.Equal($"Database:Provider is \"{configured}\": use Sqlite (the embedded default) or PostgreSQL.", refused.Message);
    }
}
