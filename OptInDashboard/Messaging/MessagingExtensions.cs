using Microsoft.Extensions.DependencyInjection.Extensions;
using OptInDashboard.Messaging.Simulator;

namespace OptInDashboard.Messaging;

public static class MessagingExtensions
{
    public static WebApplicationBuilder AddMessaging(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.Section)
            .Validate(o => o.Provider is "Simulator", "Messaging:Provider must be Simulator.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ThreadEvents>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<InboundPipeline>();
        builder.Services.AddSingleton<AdvisorSender>();
        builder.Services.AddSingleton<ISmsProvider, SimulatorProvider>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
