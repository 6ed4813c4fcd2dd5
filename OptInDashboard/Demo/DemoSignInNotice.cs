using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OptInDashboard.Demo;

/// <summary>
/// The demo's sign-in details, written at every start once the app knows its address: where to sign in,
/// as whom, and where the demo database is. A random password is in it only the once it is made.
/// Written to the console, never to the log: log output is kept and shipped, and a password must not be.
/// </summary>
internal sealed class DemoSignInNotice(IHostApplicationLifetime lifetime, IServer server, TextWriter console)
{
    /// <param name="newPassword">A password just made, shown this once; null for one chosen before.</param>
    public void ShowWhenStarted(string? newPassword, DemoPasswordSource source, string database) =>
        lifetime.ApplicationStarted.Register(() => console.Write(Compose(Address(), newPassword, source, database)));

    private string Address() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "the app's address";

    internal static string Compose(string address, string? newPassword, DemoPasswordSource source, string database)
    {
        var rule = new string('=', 78);
        var users = string.Concat(DemoSeeder.Users.Select(u => $"    {u.Email,-30}{u.Description}{Environment.NewLine}"));
        var password = newPassword is not null
            ? $"""
                with the password

                  {newPassword}

                Shown this once and stored nowhere. Lost it? Start the app with Demo__Password set
                to a password of your own, or delete the demo database and start again.
              """
            : source == DemoPasswordSource.Configured
                ? "  with the password set in Demo:Password."
                : """
                  with the password printed at the demo's first start. Lost it? Start the app with
                  Demo__Password set to a password of your own, or delete the demo database.
                """;
        return $"""

            {rule}
              OptInDashboard demo: sign in at {address} as any of
            {users}{password.TrimEnd()}
              Demo database: {database}
            {rule}

            """;
    }
}

internal enum DemoPasswordSource
{
    Generated,
    Configured,
}
