using Microsoft.AspNetCore.Hosting;

namespace OptInDashboard.Tests.Browser;

/// <summary>The live app with open pages re-checking their sign-in every 2 seconds instead of every minute, so a journey need not wait a minute.</summary>
public sealed class QuickRevalidationLiveApp : LiveApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:RevalidateEvery", "00:00:02");
    }
}
