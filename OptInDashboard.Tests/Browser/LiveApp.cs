using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Browser;

/// <summary>The test app served by Kestrel on a free 127.0.0.1 port, so a real browser can reach it.</summary>
public class LiveApp : TestApp
{
    public LiveApp()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }

    /// <summary>Like http://127.0.0.1:40123, without a trailing slash.</summary>
    public string BaseUrl { get; }
}
