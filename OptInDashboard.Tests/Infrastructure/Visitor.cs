using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Net.Http.Headers;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>
/// Someone at one client address, talking to the test server directly (an HttpClient cannot choose its address):
/// keeps its cookies as a browser does, and they can be read, copied or replayed.
/// </summary>
public sealed partial class Visitor(TestServer server, IPAddress address, string scheme = "http", string host = "localhost")
{
    public Dictionary<string, string> Cookies { get; } = [];

    /// <summary>Sent with every request, like X-Forwarded-For from a proxy.</summary>
    public Dictionary<string, string> Headers { get; } = [];

    public Task<HttpContext> GetAsync(string path) => SendAsync(HttpMethods.Get, path, form: null);

    public Task<HttpContext> PostFormAsync(string path, IReadOnlyDictionary<string, string> form) => SendAsync(HttpMethods.Post, path, form);

    /// <summary>Fills in the sign-in form and posts it, as a person would.</summary>
    public async Task<HttpContext> SignInAsync(string email, string password = TestApp.DemoPassword)
    {
        var form = await GetAsync("/account/login");
        return await PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryTokenIn(form),
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    public static string BodyOf(HttpContext response) => new StreamReader(response.Response.Body).ReadToEnd();

    public static string AntiforgeryTokenIn(HttpContext page) => AntiforgeryToken().Match(BodyOf(page)).Groups[1].Value;

    /// <summary>The text of the page's alert, or null when there is none.</summary>
    public static string? AlertIn(string body) => Alert().Match(body) is { Success: true } match ? WebUtility.HtmlDecode(Regex.Replace(match.Groups[1].Value, "<[^>]+>", "")).Trim() : null;

    private async Task<HttpContext> SendAsync(string method, string path, IReadOnlyDictionary<string, string>? form)
    {
        var answered = await server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Scheme = scheme;
            context.Request.Host = new HostString(host);
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = address;
            foreach (var (name, value) in Headers) context.Request.Headers[name] = value;
            if (Cookies.Count > 0) context.Request.Headers.Cookie = string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}"));
            if (form is null) return;
            var body = string.Join("&", form.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
            context.Request.ContentType = "application/x-www-form-urlencoded";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        });
        foreach (var cookie in SetCookieHeaderValue.ParseList(answered.Response.Headers.SetCookie.OfType<string>().ToList()))
            if (cookie.Expires < DateTimeOffset.UtcNow) Cookies.Remove(cookie.Name.Value!);
            else Cookies[cookie.Name.Value!] = cookie.Value.Value!;
        return answered;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("class=\"mud-alert-message\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Alert();
}
