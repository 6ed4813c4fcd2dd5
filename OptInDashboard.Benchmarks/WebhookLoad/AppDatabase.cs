using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>
/// The app's database as the load commands name it with --db: a SQLite file's path, or a PostgreSQL connection
/// string (Npgsql's "Host=…;Port=…"). The commands' SQL quotes its identifiers, which both read alike.
/// </summary>
public static class AppDatabase
{
    public static bool IsPostgreSql(string database) => database.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static async Task<DbConnection> OpenAsync(string database)
    {
        DbConnection connection = IsPostgreSql(database)
            ? new NpgsqlConnection(database)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public static DbCommand Command(this DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
