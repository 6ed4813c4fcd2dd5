using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OptInDashboard.Data;

/// <summary>
/// What `dotnet ef` builds the context with, so the tools never run Program.cs (its start-up reads the
/// intent model, seeds the demo and starts background services). Adding a migration needs the model only;
/// the app migrates its own database at start-up, so there is no real database here
/// (`dotnet ef database update --connection "Data Source=…"` names one).
/// </summary>
internal sealed class DesignTimeConsentDbContextFactory : IDesignTimeDbContextFactory<ConsentDbContext>
{
    public ConsentDbContext CreateDbContext(string[] args) =>
        new(ConsentDbContext.Configure(new DbContextOptionsBuilder<ConsentDbContext>().UseSqlite("Data Source=:memory:")).Options);
}

/// <summary>The same for PostgreSQL's migrations (`dotnet ef migrations add … --context PostgreSqlConsentDbContext`): no server needed.</summary>
internal sealed class DesignTimePostgreSqlConsentDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlConsentDbContext>
{
    public PostgreSqlConsentDbContext CreateDbContext(string[] args) =>
        new(ConsentDbContext.Configure(new DbContextOptionsBuilder<PostgreSqlConsentDbContext>().UseNpgsql("Host=localhost")).Options);
}
