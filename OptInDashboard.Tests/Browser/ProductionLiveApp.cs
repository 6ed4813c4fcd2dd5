using Microsoft.AspNetCore.Hosting;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// The live app as the README's run command starts it: the Production environment (no Development-only
/// helpers, package assets served from the build output) and, as in the embedded defaults, no webhooks.
/// </summary>
public sealed class ProductionLiveApp : LiveApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Vonage:WebhooksEnabled", "false");
    }
}
