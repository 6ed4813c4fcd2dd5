using Microsoft.AspNetCore.Hosting.Server;

namespace OptInDashboard.Demo;

public static class DemoExtensions
{
    /// <summary>The demo dealership and users (Demo:Seed), seeded at start-up by the database migrator.</summary>
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddSingleton(services => new DemoSignInNotice(
            services.GetRequiredService<IHostApplicationLifetime>(), services.GetRequiredService<IServer>(), Console.Out));
        builder.Services.AddSingleton<DemoSetup>();
        return builder;
    }
}
