using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
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

        // Roles are per dealership (DealershipRole), written into the cookie by StaffClaimsPrincipalFactory: Identity's
        // own role tables are not used.
        builder.Services.AddIdentityCore<StaffUser>(identity =>
            {
                identity.Password.RequiredLength = 8;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<ConsentDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<StaffAccess>();
        builder.Services.AddScoped<CircuitHandler, CurrentStaffCircuitHandler>();
        builder.Services.AddSingleton<DealershipSettings>();
        return builder;
    }

    /// <summary>Each request's <see cref="CurrentStaff"/> is its signed-in user (circuits get theirs from <see cref="CurrentStaffCircuitHandler"/>).</summary>
    public static IApplicationBuilder UseCurrentStaff(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<CurrentStaff>().Principal = context.User;
            return next(context);
        });

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        });
        // A staff member of several dealerships works in one at a time: the choice is a cookie, and the sign-in
        // cookie is written again with that dealership's roles. A dealership not theirs is refused.
        endpoints.MapPost(DealershipSwitch.Path, async Task<Results<RedirectHttpResult, ForbidHttpResult>> (
            [FromForm] int dealership, [FromForm] string? returnUrl, HttpContext http, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, StaffAccess access) =>
        {
            if (await users.GetUserAsync(http.User) is not { } user || (await access.DealershipsOfAsync(user)).All(d => d.Id != dealership))
                return TypedResults.Forbid();
            DealershipChoice.Write(http, dealership);
            await signIn.RefreshSignInAsync(user);
            return TypedResults.LocalRedirect(DealershipSwitch.SafeReturnUrl(returnUrl));
        }).RequireAuthorization();
        return endpoints;
    }
}
