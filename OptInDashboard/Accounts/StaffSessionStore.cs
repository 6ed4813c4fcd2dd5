using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

/// <summary>
/// The sign-in cookie's tickets, in the database (<see cref="StaffSession"/>), so every instance knows them and a
/// sign-out or a deactivation ends a session everywhere at once. Expired rows go when a new session starts.
/// </summary>
public sealed class StaffSessionStore(DealershipDb databases, TimeProvider clock) : ITicketStore
{
    private static readonly TimeSpan Fallback = TimeSpan.FromHours(10);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        await using var db = databases.ForEveryDealership();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.StaffSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
        var session = new StaffSession
        {
            Id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)),
            UserId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            ExpiresAt = ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + Fallback,
            Ticket = TicketSerializer.Default.Serialize(ticket),
        };
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var db = databases.ForEveryDealership();
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime ?? clock.GetUtcNow().UtcDateTime + Fallback;
        var serialized = TicketSerializer.Default.Serialize(ticket);
        await db.StaffSessions.Where(s => s.Id == key)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Ticket, serialized).SetProperty(s => s.ExpiresAt, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var db = databases.ForEveryDealership();
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await db.StaffSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key && s.ExpiresAt > now);
        return session is null ? null : TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var db = databases.ForEveryDealership();
        await db.StaffSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    /// <summary>Every session of one staff member, as a deactivation or a password reset needs.</summary>
    public async Task EndAllOfAsync(string userId)
    {
        await using var db = databases.ForEveryDealership();
        await db.StaffSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync();
    }

    /// <summary>Puts the store under the Identity cookie.</summary>
    public static void Use(IServiceCollection services)
    {
        services.AddSingleton<StaffSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .Configure<StaffSessionStore>((cookie, store) => cookie.SessionStore = store);
    }
}
