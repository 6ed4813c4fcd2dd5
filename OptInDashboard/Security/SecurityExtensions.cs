using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace OptInDashboard.Security;

public static class SecurityExtensions
{
    /// <summary>Forwarded headers from the configured proxies only; HSTS for a year once served over HTTPS.</summary>
    public static WebApplicationBuilder AddWebSecurity(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new();
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.KnownProxies)
                forwarded.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address : throw NotAnAddress(proxy));
            foreach (var network in proxies.KnownNetworks)
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed : throw NotAnAddress(network));
        });
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>
    /// First in the pipeline: the client's real address and scheme, then, outside Development, HTTPS for everyone but
    /// this machine itself (the README's demo on http://127.0.0.1): plain HTTP from elsewhere is redirected to HTTPS,
    /// or refused when no HTTPS port is configured. So every cookie another machine gets was set over HTTPS, and
    /// the cookies' "same as request" policy makes each of them Secure. Then the headers.
    /// </summary>
    public static WebApplication UseWebSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseWhen(IsPlainHttpFromAnotherMachine, plain => plain.UseHttpsRedirection().Run(RefusePlainHttpAsync));
        }
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.AddTo(context.Response.Headers);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static bool IsPlainHttpFromAnotherMachine(HttpContext context) =>
        !context.Request.IsHttps && context.Connection.RemoteIpAddress is { } client && !IPAddress.IsLoopback(client);

    private static Task RefusePlainHttpAsync(HttpContext context) =>
        Results.Problem("This app is served over HTTPS only.", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);

    private static InvalidOperationException NotAnAddress(string text) =>
        new($"{ReverseProxyOptions.Section}: \"{text}\" is not an address or network (like 10.0.0.5 or 10.0.0.0/8).");
}
