using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OptInDashboard.Messaging.Simulator;
using OptInDashboard.Messaging.Vonage;

namespace OptInDashboard.Messaging;

public static class MessagingExtensions
{
    public static WebApplicationBuilder AddMessaging(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.Section)
            .Validate(o => o.Provider is MessagingOptions.Simulator or MessagingOptions.Vonage, "Messaging:Provider must be Simulator or Vonage.")
            .Validate(o => o.SendingLease > TimeSpan.Zero, "Messaging:SendingLease must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ThreadEvents>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<InboundMediaSignal>();
        builder.Services.AddSingleton<InboundPipeline>();
        builder.Services.AddSingleton<DeliveryReports>();
        builder.Services.AddSingleton<AdvisorSender>();
        builder.Services.AddSingleton<OutboxRecovery>();
        builder.Services.AddSingleton<SimulatorProvider>();
        builder.Services.AddSingleton<ISmsProvider>(services =>
            services.GetRequiredService<IOptions<MessagingOptions>>().Value.Provider == MessagingOptions.Vonage
                ? services.GetRequiredService<VonageSmsProvider>()
                : services.GetRequiredService<SimulatorProvider>());
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
