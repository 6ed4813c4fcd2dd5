namespace OptInDashboard.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo dealership and its three users into an empty database.</summary>
    public bool Seed { get; set; }

    /// <summary>
    /// The demo users' password. Unset: the first seed makes a random one and prints it once at start-up.
    /// Set (environment variable Demo__Password, user secrets): used as given, also for a demo seeded before.
    /// </summary>
    public string? Password { get; set; }

    public bool HasPassword => !string.IsNullOrWhiteSpace(Password);
}
