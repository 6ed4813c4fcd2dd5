using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OptInDashboard.Data;

namespace OptInDashboard.Operations;

/// <summary>
/// What a load balancer asks each instance, without signing in (the answer is one word): /health/live, the process
/// answers; /health/ready, it can also reach its database, so webhooks and pages may be sent to it.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static TBuilder AddHealth<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddDbContextCheck<ConsentDbContext>("database", tags: [Ready]);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).AllowAnonymous();
        return endpoints;
    }
}
