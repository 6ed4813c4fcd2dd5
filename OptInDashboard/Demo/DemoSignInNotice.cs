using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OptInDashboard.Demo;

/// <summary>
/// The demo's sign-in details, written once when the app has started and knows its address. Written to
/// the console, never to the log: log output is kept and shipped, and a password must not be.
/// </summary>
internal sealed class DemoSignInNotice(IHostApplicationLifetime lifetime, IServer server, TextWriter console)
{
    public void ShowWhenStarted(string password) =>
        lifetime.ApplicationStarted.Register(() => console.Write(Compose(Address(), password)));

    private string Address() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "the app's address";

    internal static string Compose(string address, string password)
    {
        var rule = new string('=', 78);
        var users = string.Concat(DemoSeeder.Users.Select(u => $"    {u.Email,-22}{string.Join(", ", u.Roles)}{Environment.NewLine}"));
        return $"""

            {rule}
              OptInDashboard demo: sign in at {address} as any of
            {users}  with the password

                {password}

              Shown this once and stored nowhere. Lost it? Start the app with Demo__Password set
              to a password of your own, or delete the demo database and start again.
            {rule}

            """;
    }
}
