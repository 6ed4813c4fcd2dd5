using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OptInDashboard.Accounts;

/// <summary>
/// An open page (a Blazor circuit) keeps the sign-in it started with; this checks it again every
/// <see cref="SignInLimit.RevalidateEvery"/> (a minute by default): a staff member deactivated, removed, given
/// another role or a new password since (each changes the security stamp) is signed out of every open page.
/// </summary>
public sealed class StaffRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IOptions<SignInLimit> limits)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => limits.Value.RevalidateEvery;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken) => StillHoldsAsync(state);

    /// <summary>The staff member is still active and nothing about their sign-in changed since the page opened.</summary>
    public async Task<bool> StillHoldsAsync(AuthenticationState state)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.GetUserAsync(state.User) is { IsActive: true } user
            && state.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(user);
    }
}
