namespace OptInDashboard.Security;

/// <summary>
/// The reverse proxies (a load balancer, nginx) whose X-Forwarded-For and X-Forwarded-Proto the app believes:
/// addresses like "10.0.0.5" and networks like "10.0.0.0/8". Loopback is always trusted; a header from any
/// other sender is ignored, so a client cannot pose as another address to dodge the sign-in limit.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    public string[] KnownProxies { get; set; } = [];

    public string[] KnownNetworks { get; set; } = [];
}
