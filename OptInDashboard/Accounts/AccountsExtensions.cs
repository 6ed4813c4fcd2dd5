using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

public static class AccountsExtensions
{
    /// <summary>Cookie login with ASP.NET Core Identity; every endpoint needs a signed-in staff member unless it says otherwise.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "OptInDashboard.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles.All).Build());

        builder.Services.AddIdentityCore<IdentityUser>(identity =>
            {
                identity.Password.RequiredLength = 8;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ConsentDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.AddSingleton<DealershipSettings>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<IdentityUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        });
        return endpoints;
    }
}
