using System.Net;
using Microsoft.AspNetCore.Identity;

namespace OptInDashboard.Accounts;

/// <summary>
/// Signs staff in by email and password so that the answer tells a stranger nothing: an unknown email, a wrong
/// password, a locked or a deactivated account get the same words after the same work (a password hash is
/// checked on every path), and the log keeps a masked email and the client's address for whoever investigates.
/// </summary>
public sealed class StaffSignIn(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IPasswordHasher<StaffUser> hasher, ILogger<StaffSignIn> logger)
{
    public const string Refused =
        "That email and password do not match an active account. After 5 wrong tries in a row, sign-in waits 5 minutes.";

    private static readonly StaffUser Nobody = new();
    private readonly Lazy<string> _nobodysHash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));

    /// <summary>True when signed in (the cookie is set); false means show <see cref="Refused"/>.</summary>
    public async Task<bool> SignInAsync(string email, string password, IPAddress? from)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || !user.IsActive)
        {
            WasteAHash(password);
            AccountsLog.SignInRefused(logger, Masked(email), from?.ToString() ?? "unknown", user is null ? "no such account" : "deactivated");
            return false;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return true;
        // Identity checks no password for a locked account: hash anyway, so a locked account answers no faster.
        if (result.IsLockedOut || result.IsNotAllowed) WasteAHash(password);
        AccountsLog.SignInRefused(logger, Masked(email), from?.ToString() ?? "unknown", result.IsLockedOut ? "locked out" : "wrong password");
        return false;
    }

    private void WasteAHash(string password) => hasher.VerifyHashedPassword(Nobody, _nobodysHash.Value, password);

    /// <summary>"a***@demo.local": enough to match a report to an account, not enough to harvest addresses from the log.</summary>
    public static string Masked(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "***" : $"{email[0]}***{email[at..]}";
    }
}
