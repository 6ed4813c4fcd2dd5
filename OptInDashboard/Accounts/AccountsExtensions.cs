using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
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
        // The keys behind sign-in cookies and antiforgery tokens live in the database: a cookie one instance issued
        // is read by every other, and a restart or a new machine signs nobody out.
        builder.Services.AddDataProtection().SetApplicationName("OptInDashboard").PersistKeysToDbContext<ConsentDbContext>();
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
        // Secure whenever the request is HTTPS, as the sign-in cookie is by default (antiforgery's default is never);
        // no X-Frame-Options of its own: SecurityHeaders sends a stricter one on every response.
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        builder.Services.AddOptions<SignInLimit>().BindConfiguration(SignInLimit.Section)
            .Validate(limit => limit.AttemptsPerMinutePerAddress > 0, $"{SignInLimit.Section}:AttemptsPerMinutePerAddress must be at least 1.")
            .Validate(limit => limit.RevalidateEvery > TimeSpan.Zero, $"{SignInLimit.Section}:RevalidateEvery must be longer than zero, like 00:01:00.").ValidateOnStart();
        builder.Services.AddRateLimiter(limiter =>
        {
            SignInLimit.AddPolicyTo(limiter);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = SignInLimit.RefuseAsync;
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
        StaffSessionStore.Use(builder.Services);
        builder.Services.AddScoped<StaffSignIn>();
        builder.Services.AddSingleton<StaffAdmin>();
        builder.Services.AddScoped<AuthenticationStateProvider, StaffRevalidation>();
        // The cookie checks its security stamp every minute too (Identity's default is 30).
        builder.Services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<StaffAccess>();
        builder.Services.AddScoped<CircuitHandler, CurrentStaffCircuitHandler>();
        builder.Services.AddSingleton<DealershipSettings>();
        builder.Services.AddSingleton<ContactLocations>();
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
        // Only the app's own Sign out button (its antiforgery token), so another site cannot sign staff out; signing
        // out deletes the server-side session, so the cookie is worthless even if it was copied.
        endpoints.MapPost("/account/logout", async Task<Results<RedirectHttpResult, ProblemHttpResult>> (HttpContext http, IAntiforgery antiforgery, SignInManager<StaffUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return TypedResults.Problem("Sign out with the Sign out button of the app's own page.", statusCode: StatusCodes.Status400BadRequest);
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        }).AllowAnonymous();
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
