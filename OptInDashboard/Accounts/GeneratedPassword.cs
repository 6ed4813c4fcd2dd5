using System.Security.Cryptography;

namespace OptInDashboard.Accounts;

/// <summary>
/// A random password to be read off a screen and typed by hand (the demo's, a new staff member's, a reset one):
/// four groups of four from the cryptographic RNG, meeting Identity's rules, no look-alikes (0/O, 1/l/I).
/// </summary>
public static class GeneratedPassword
{
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
