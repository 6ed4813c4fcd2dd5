using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OptInDashboard.Messaging.Vonage;

public static class VonageExtensions
{
    /// <summary>
    /// The Vonage provider (chosen by Messaging:Provider), the webhook receivers and the fetcher of inbound
    /// attachments (always, unless webhooks are disabled).
    /// </summary>
    public static WebApplicationBuilder AddVonage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<VonageOptions>().BindConfiguration(VonageOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<VonageOptions>, VonageOptionsValidator>();
        builder.Services.AddSingleton<VonageAuthenticator>();
        builder.Services.AddSingleton<VonageSmsProvider>();
        builder.Services.AddSingleton<VonageWebhookReader>();
        builder.Services.AddSingleton<VonageLineOwners>();
        builder.Services.AddSingleton<VonageMediaClient>();
        builder.Services.AddSingleton<VonageMediaFetcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<VonageMediaFetcher>());
        builder.Services.AddHttpClient(VonageMediaClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan); // timed per download
        builder.Services.AddHttpClient(VonageSmsProvider.HttpClientName, (services, http) =>
        {
            http.BaseAddress = services.GetRequiredService<IOptions<VonageOptions>>().Value.BaseUrl;
            http.Timeout = Timeout.InfiniteTimeSpan; // each attempt is timed by the resilience pipeline
        });

        // Partitioned by client address: Vonage's few sending addresses share generous buckets, and one
        // noisy address cannot starve the rest. Behind a proxy, configure forwarded headers first.
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(VonageWebhooks.RateLimitPolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<VonageOptions>>().Value.WebhookPermitsPerSecond;
                return RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = permits,
                    TokensPerPeriod = permits,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return builder;
    }
}
