using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Demo;

internal enum DemoSeedOutcome
{
    Seeded,
    /// <summary>The demo was seeded before: its users are there.</summary>
    AlreadySeeded,
    /// <summary>Accounts or users that are not the demo's: nothing was written.</summary>
    DatabaseHoldsData,
}

/// <summary>
/// A demo dealership: two lines, a dozen customers with short threads, one user per role.
/// Seeds only a database with no accounts and no users (see <see cref="DemoSetup"/>).
/// </summary>
internal static class DemoSeeder
{
    public const string ServiceLine = "+15555550100";
    public const string MarketingLine = "+15555550101";

    public static readonly (string Email, string[] Roles)[] Users =
    [
        ("advisor@demo.local", [Roles.Advisor]),
        ("manager@demo.local", [Roles.Advisor, Roles.Manager]),
        ("admin@demo.local", [Roles.Advisor, Roles.Manager, Roles.Admin]),
    ];

    private static readonly (string Name, string Phone, string[] Thread)[] Customers =
    [
        ("Maria Gonzalez", "+15555550111", ["<Hi Maria, your 2021 RAV4 is ready for pickup.", ">Great, I'll stop by at 3"]),
        ("James Carter", "+15555550112", ["<Hi James, the brake inspection found worn rear pads. Approve the $189 repair?", ">Yes go ahead"]),
        ("Priya Shah", "+15555550113", ["<Hi Priya, reminder: oil change tomorrow at 9:00.", ">Can we cancel my appointment? Something came up"]),
        ("Robert King", "+15555550114", ["<Your F-150 is in the wash bay, ready in 20 minutes."]),
        ("Linda Park", "+15555550115", ["<Hi Linda, your loaner is due back Friday.", ">ok thanks"]),
        ("Dana Whitfield", "+15555550116", ["<Hi Dana, your Civic is ready.", ">STOP"]),
        ("Carlos Rivera", "+15555550117", ["<Hola Carlos, su Camry está listo.", ">Gracias!"]),
        ("Emily Chen", "+15555550118", ["<Hi Emily, we found a nail in your tire. Patch for $35?", ">How long will it take?"]),
        ("Michael Brown", "+15555550119", ["<Your Tahoe's recall work is complete."]),
        ("Sarah Miller", "+15555550120", ["<Hi Sarah, estimate for the A/C repair is $420.", ">Can you email me the estimate instead?"]),
        ("David Wilson", "+15555550121", ["<Hi David, your car is ready.", ">My car won't stop squealing when I brake, can you look again?"]),
        ("Olivia Turner", "+15555550122", ["<Hi Olivia, your Accord is ready for pickup."]),
    ];

    public static async Task<DemoSeedOutcome> SeedAsync(IServiceProvider services, string password, CancellationToken ct)
    {
        var db = services.GetRequiredService<ConsentDbContext>();
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        // One transaction (the user store shares this scope's context): a seed cut short leaves nothing,
        // rather than a user that would make every later start refuse to seed.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Accounts.AnyAsync(ct) || await db.Users.AnyAsync(ct))
            return await users.FindByNameAsync(Users[0].Email) is null ? DemoSeedOutcome.DatabaseHoldsData : DemoSeedOutcome.AlreadySeeded;

        foreach (var (email, roles) in Users)
        {
            var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRolesAsync(user, roles));
        }

        var account = new Account { Name = "Riverside Motors", TimeZone = "America/Chicago" };
        var service = new Line { Account = account, Name = "Service", PhoneNumber = ServiceLine };
        var marketing = new Line { Account = account, Name = "Marketing", PhoneNumber = MarketingLine };
        db.AddRange(service, marketing);
        await db.SaveChangesAsync(ct);
        db.KeywordResponders.AddRange(Keywords.DefaultRespondersFor(account.Id));
        var specials = new Group { AccountId = account.Id, Name = "Service specials" };
        db.Groups.Add(specials);
        db.KeywordResponders.AddRange(
            new KeywordResponder { AccountId = account.Id, LineId = null, Keyword = "JOIN", Action = KeywordAction.JoinGroup, Group = specials },
            new KeywordResponder { AccountId = account.Id, LineId = null, Keyword = "LEAVE", Action = KeywordAction.LeaveGroup, Group = specials });

        var clock = services.GetRequiredService<TimeProvider>();
        var start = clock.GetUtcNow().UtcDateTime.AddHours(-Customers.Length - 2);
        var minute = 0;
        foreach (var (name, phone, thread) in Customers)
        {
            var contact = new Contact { Account = account, Name = name, PhoneNumber = phone };
            foreach (var line in thread)
            {
                var inbound = line[0] == '>';
                db.Messages.Add(new Message
                {
                    Contact = contact,
                    Line = service,
                    Direction = inbound ? MessageDirection.Inbound : MessageDirection.Outbound,
                    Sender = inbound ? MessageSender.Customer : MessageSender.Staff,
                    SentBy = inbound ? null : "advisor@demo.local",
                    Text = inbound ? line[1..] : $"{line[1..]}\nText STOP to opt-out",
                    Status = inbound ? MessageStatus.Received : MessageStatus.Delivered,
                    ProviderMessageId = $"demo-{phone}-{minute}",
                    CreatedAt = start.AddMinutes(minute += 7),
                });
            }
        }
        await db.SaveChangesAsync(ct);

        // Dana said STOP on the Service line: record it through the same rule a live STOP uses.
        var stop = await db.Messages.Include(m => m.Contact).SingleAsync(m => m.Contact!.Name == "Dana Whitfield" && m.Text == "STOP", ct);
        var record = new ConsentRecord(stop.ContactId, stop.LineId);
        db.ConsentRecords.Add(record);
        db.ConsentEvents.Add(record.OptOut(ConsentEvidence.FromKeyword(stop.Id, stop.Text, "STOP"), stop.CreatedAt));
        stop.ConsentEffect = ConsentStatus.OptedOut;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return DemoSeedOutcome.Seeded;
    }

    /// <summary>
    /// Gives the demo users <paramref name="replacement"/>: all whose password is not already it, or with
    /// <paramref name="current"/>, only those whose password is that. False when no one changed, so
    /// sessions stay signed in across ordinary restarts.
    /// </summary>
    public static async Task<bool> ReplacePasswordAsync(IServiceProvider services, string? current, string replacement)
    {
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var changed = false;
        foreach (var (email, _) in Users)
        {
            if (await users.FindByNameAsync(email) is not { } user) continue;
            var replace = current is null ? !await users.CheckPasswordAsync(user, replacement) : await users.CheckPasswordAsync(user, current);
            if (!replace) continue;
            Check(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), replacement));
            changed = true;
        }
        return changed;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
