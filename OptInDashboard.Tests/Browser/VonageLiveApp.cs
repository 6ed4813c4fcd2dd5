using Microsoft.AspNetCore.Hosting;
using OptInDashboard.Tests.Vonage;

namespace OptInDashboard.Tests.Browser;

/// <summary>
/// The live app with Vonage as the SMS provider: a valid configuration whose API address is never called,
/// for tests of what the dashboard offers (and hides) with a real provider.
/// </summary>
public sealed class VonageLiveApp : LiveApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Messaging:Provider", "Vonage");
        builder.UseSetting("Vonage:BaseUrl", "http://127.0.0.1:9/");
        builder.UseSetting("Vonage:ApiKey", "abcd1234");
        builder.UseSetting("Vonage:ApiSecret", "s3cr3t-api");
        builder.UseSetting("Vonage:SignatureSecret", SignedWebhook.Secret);
    }
}
