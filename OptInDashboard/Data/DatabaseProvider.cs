namespace OptInDashboard.Data;

/// <summary>Which database the app keeps its data in: <c>Database:Provider</c>, SQLite unless told.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

public static class DatabaseProviders
{
    public const string Key = "Database:Provider";

    public static DatabaseProvider Read(IConfiguration configuration) => configuration[Key] switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var name when Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider) => provider,
        var name => throw new InvalidOperationException($"{Key} is \"{name}\": use Sqlite (the embedded default) or PostgreSQL."),
    };
}
