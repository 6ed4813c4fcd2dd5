using Microsoft.EntityFrameworkCore;

namespace OptInDashboard.Data;

/// <summary>
/// The app's database on PostgreSQL: the same model as <see cref="ConsentDbContext"/>, a context type of its own so
/// its migrations (Data/PostgreSqlMigrations) are kept apart from SQLite's, as EF Core's docs lay out migrations for
/// several providers.
/// </summary>
public sealed class PostgreSqlConsentDbContext(DbContextOptions<PostgreSqlConsentDbContext> options) : ConsentDbContext(options);
