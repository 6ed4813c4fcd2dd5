using Microsoft.Extensions.Options;

namespace OptInDashboard.Intent;

public static class IntentExtensions
{
    /// <summary>
    /// The intent model, loaded from its file at startup (an Admin may put another in use later), and the policy
    /// that turns its predictions into actions.
    /// Generic over the builder so the CLI registers exactly what the web app does.
    /// </summary>
    public static TBuilder AddIntentModel<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton<IValidateOptions<IntentOptions>, IntentOptionsValidator>();
        builder.Services.AddOptions<IntentOptions>().BindConfiguration(IntentOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton(IntentModelLoader.LoadActive);
        builder.Services.AddSingleton<IIntentClassifier>(services => services.GetRequiredService<ActiveIntentModel>());
        builder.Services.AddSingleton(IntentModelLoader.LoadLanguages);
        builder.Services.AddSingleton<IntentPolicy>();
        builder.Services.AddSingleton<IntentTriage>();
        builder.Services.AddHostedService<IntentModelPreload>();
        return builder;
    }
}
