namespace OptInDashboard.Intent.Learning;

public static class LearningExtensions
{
    /// <summary>
    /// Candidate models compared with the one in use and activated by an Admin, recorded in the database. The web
    /// app's alone: the CLI reads the model file it is given.
    /// </summary>
    public static WebApplicationBuilder AddIntentModelActivation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ModelComparer>();
        builder.Services.AddSingleton<IntentModelActivator>();
        builder.Services.AddHostedService<IntentModelFollower>();
        return builder;
    }
}
