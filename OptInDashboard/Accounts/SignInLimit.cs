using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OptInDashboard.Accounts;

/// <summary>
/// Sign-in attempts (the form's POSTs) are limited per client address per minute, so nobody can try passwords
/// fast, even across many accounts; showing the form is not limited. A whole dealership can sit behind one
/// address, so the default leaves room for everyone signing in at opening time.
/// </summary>
public sealed class SignInLimit
{
    public const string Section = "SignIn";
    public const string Policy = "sign-in";

    public int AttemptsPerMinutePerAddress { get; set; } = 30;

    /// <summary>How often an open page checks that its sign-in still holds (<see cref="StaffRevalidation"/>).</summary>
    public TimeSpan RevalidateEvery { get; set; } = TimeSpan.FromMinutes(1);

    public static void AddPolicyTo(RateLimiterOptions limiter) =>
        limiter.AddPolicy(Policy, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("showing the form");
            var attempts = context.RequestServices.GetRequiredService<IOptions<SignInLimit>>().Value.AttemptsPerMinutePerAddress;
            return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = attempts,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });

    /// <summary>What a person refused by the limit reads (the limiter's own 429 has no body).</summary>
    public static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var http = rejected.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != Policy) return;
        AccountsLog.SignInRateLimited(http.RequestServices.GetRequiredService<ILogger<SignInLimit>>(), http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        http.Response.Headers.RetryAfter = "60";
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync("Too many sign-in attempts from your network. Wait a minute, then try again.", cancellation);
    }
}
