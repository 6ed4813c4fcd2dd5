namespace OptInDashboard.Security;

/// <summary>The headers every response carries, so a browser refuses what the app never meant to run or show.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Blazor Server and MudBlazor work under it: scripts only from the app's own files (no inline script, no eval),
    /// the circuit's WebSocket to the same origin, and inline styles, which MudBlazor writes as style attributes.
    /// No page may frame the app (clickjacking), and forms post only to it.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>An endpoint that set a stricter header of its own (the media endpoint's sandbox) keeps it.</summary>
    public static void AddTo(IHeaderDictionary headers)
    {
        headers.TryAdd("Content-Security-Policy", ContentSecurityPolicy);
        headers.TryAdd("X-Content-Type-Options", "nosniff");
        headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.TryAdd("X-Frame-Options", "DENY");
    }
}
