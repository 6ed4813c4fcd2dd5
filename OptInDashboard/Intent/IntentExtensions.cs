using Microsoft.Extensions.Options;
using OptInDashboard.Intent.Model;

namespace OptInDashboard.Intent;

public static class IntentExtensions
{
    /// <summary>
    /// The intent model, loaded once at startup, and the policy that turns its predictions into actions.
    /// Generic over the builder so the CLI registers exactly what the web app does.
    /// </summary>
    public static TBuilder AddIntentModel<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton<IValidateOptions<IntentOptions>, IntentOptionsValidator>();
        builder.Services.AddOptions<IntentOptions>().BindConfiguration(IntentOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton(IntentModelLoader.Load);
        builder.Services.AddSingleton<IIntentClassifier>(services => new IntentClassifier(services.GetRequiredService<LoadedIntentModel>()));
        builder.Services.AddSingleton(IntentModelLoader.LoadLanguages);
        builder.Services.AddSingleton<IntentPolicy>();
        builder.Services.AddSingleton<IntentTriage>();
        builder.Services.AddHostedService<IntentModelPreload>();
        return builder;
    }
}
