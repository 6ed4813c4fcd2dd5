using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Accounts;
using OptInDashboard.Data;

namespace OptInDashboard.Demo;

/// <summary>
/// What Demo:Seed does at start-up, once the schema is current: seed an empty database with the configured
/// password or a random one shown once; give an existing demo a newly configured password; leave a
/// database holding anyone else's accounts or users alone; and, whatever Demo:Seed says, never let the
/// demo users keep the password this repository once published.
/// </summary>
internal sealed class DemoSetup(IOptions<DemoOptions> options, DemoSignInNotice notice, ILogger<DemoSetup> logger)
{
    public async Task RunAsync(IServiceProvider scope, CancellationToken ct)
    {
        var demo = options.Value;
        var password = demo.HasPassword ? demo.Password! : GeneratedPassword.Generate();
        var source = demo.HasPassword ? DemoPasswordSource.Configured : DemoPasswordSource.Generated;
        var database = DatabaseFile(scope);
        if (!demo.HasPassword && await DemoSeeder.ReplacePasswordAsync(scope, DemoPassword.FormerlyPublished, password))
        {
            DemoLog.PublishedPasswordReplaced(logger);
            notice.ShowWhenStarted(password, source, database);
            return;
        }
        if (!demo.Seed) return;

        switch (await DemoSeeder.SeedAsync(scope, password, ct))
        {
            case DemoSeedOutcome.Seeded when demo.HasPassword:
                DemoLog.SeededWithConfiguredPassword(logger);
                notice.ShowWhenStarted(newPassword: null, source, database);
                break;
            case DemoSeedOutcome.Seeded:
                DemoLog.SeededWithGeneratedPassword(logger);
                notice.ShowWhenStarted(password, source, database);
                break;
            case DemoSeedOutcome.AlreadySeeded when demo.HasPassword:
                if (await DemoSeeder.ReplacePasswordAsync(scope, current: null, password)) DemoLog.PasswordSetFromConfiguration(logger);
                notice.ShowWhenStarted(newPassword: null, source, database);
                break;
            case DemoSeedOutcome.AlreadySeeded:
                DemoLog.AlreadySeeded(logger);
                notice.ShowWhenStarted(newPassword: null, source, database);
                break;
            default:
                DemoLog.RefusedDatabaseWithData(logger);
                break;
        }
    }

    private static string DatabaseFile(IServiceProvider scope)
    {
        using var db = scope.GetRequiredService<DealershipDb>().ForEveryDealership();
        return db.Database.GetDbConnection().DataSource;
    }
}
