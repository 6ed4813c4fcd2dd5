namespace OptInDashboard.Accounts;

/// <summary>
/// A signed-in browser, kept on the server: the cookie holds only <see cref="Id"/>. Signing out deletes the row,
/// so a copy of the cookie is worth nothing afterwards; deactivating a staff member deletes all of theirs.
/// </summary>
public sealed class StaffSession
{
    public const int IdLength = 43; // 32 random bytes, base64url

    public required string Id { get; init; }
    public required string UserId { get; init; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>Identity's authentication ticket (claims and properties), serialised.</summary>
    public required byte[] Ticket { get; set; }
}
