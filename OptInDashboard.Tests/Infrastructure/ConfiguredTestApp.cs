using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>The test app with extra settings (applied after the defaults, so they win) and service replacements.</summary>
public class ConfiguredTestApp(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) : TestApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (settings.TryGetValue("Environment", out var environment) && environment is not null) builder.UseEnvironment(environment);
        if (services is not null) builder.ConfigureTestServices(services);
    }
}
