using System.Security.Cryptography;

namespace OptInDashboard.Demo;

/// <summary>A random demo password: four groups of four, from the cryptographic RNG, meeting Identity's rules.</summary>
internal static class DemoPassword
{
    // No look-alikes (0/O, 1/l/I): the password is read off a console and typed by hand.
    /// <summary>What README.md and appsettings.json published until 2026-11: a demo seeded then still has it until it is replaced.</summary>
    public const string FormerlyPublished = "Demo!2026";

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>About 93 bits: 16 characters from 57, joined by hyphens (Identity's non-alphanumeric character).</summary>
    public static string Generate()
    {
        while (true)
        {
            var body = RandomNumberGenerator.GetString(Alphabet, 16);
            // Identity wants an upper, a lower and a digit; redraw the rare password lacking one rather than bias the rest.
            if (body.Any(char.IsUpper) && body.Any(char.IsLower) && body.Any(char.IsDigit))
                return string.Join('-', body.Chunk(4).Select(group => new string(group)));
        }
    }
}
