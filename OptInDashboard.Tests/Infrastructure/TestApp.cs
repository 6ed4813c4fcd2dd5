using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Data;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>
/// The real app over a private in-memory SQLite database (shared cache, kept alive by one open
/// connection), with the demo data seeded. Each instance is its own world.
/// </summary>
public class TestApp : WebApplicationFactory<Program>
{
    private readonly string _connectionString = $"Data Source=test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private readonly SqliteConnection _keepAlive;

    public TestApp()
    {
        _keepAlive = new SqliteConnection(_connectionString);
        _keepAlive.Open();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Consent", _connectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
    }

    public const string DemoPassword = "Demo!2026";

    public ConsentDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<ConsentDbContext>>().CreateDbContext();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _keepAlive.Dispose();
    }
}
