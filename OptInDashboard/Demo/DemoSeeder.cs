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

/// <summary>A demo sign-in: a role at one dealership, or the group's admin.</summary>
internal sealed record DemoUser(string Email, string? Dealership, StaffLevel Level, bool GroupAdmin = false)
{
    public string Description => GroupAdmin ? "Group admin: Admin at both dealerships" : $"{Level.Describe()} at {Dealership}";
}

/// <summary>
/// A demo dealer group: "Demo Auto Group" with two dealerships, each with a Service and a Marketing line, a dozen
/// customers with short threads (one of them already opted out) and one user per role, plus the group's admin.
/// Seeds only a database with no accounts and no users (see <see cref="DemoSetup"/>).
/// </summary>
internal static class DemoSeeder
{
    public const string GroupName = "Demo Auto Group";
    public const string Riverside = "Riverside Motors";
    public const string Lakeside = "Lakeside Motors";

    public const string ServiceLine = "+15555550100";
    public const string MarketingLine = "+15555550101";
    public const string LakesideServiceLine = "+15555550200";
    public const string LakesideMarketingLine = "+15555550201";

    public static readonly DemoUser[] Users =
    [
        new("advisor@demo.local", Riverside, StaffLevel.Advisor),
        new("manager@demo.local", Riverside, StaffLevel.Manager),
        new("admin@demo.local", Riverside, StaffLevel.Admin),
        new("advisor@lakeside.demo.local", Lakeside, StaffLevel.Advisor),
        new("manager@lakeside.demo.local", Lakeside, StaffLevel.Manager),
        new("admin@lakeside.demo.local", Lakeside, StaffLevel.Admin),
        new("groupadmin@demo.local", null, StaffLevel.Admin, GroupAdmin: true),
    ];

    private static readonly (string Name, string Phone, string[] Thread)[] RiversideCustomers =
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

    // Carlos Rivera is a customer of both dealerships, under the same number: his consent at one is not the other's.
    private static readonly (string Name, string Phone, string[] Thread)[] LakesideCustomers =
    [
        ("Grace Kim", "+15555550211", ["<Hi Grace, your Sorento's 30k service is done.", ">Thanks, on my way"]),
        ("Tom Alvarez", "+15555550212", ["<Hi Tom, the timing belt quote is $640. Approve?", ">Let me think about it"]),
        ("Nina Patel", "+15555550213", ["<Reminder: tire rotation Saturday at 10.", ">STOP"]),
        ("Carlos Rivera", "+15555550117", ["<Hi Carlos, your Tacoma is ready at Lakeside.", ">Perfect, thanks"]),
        ("Hannah Lee", "+15555550214", ["<Hi Hannah, your Outback needs front brake pads: $210. Go ahead?", ">Yes please"]),
        ("Marcus Green", "+15555550215", ["<Your Silverado is ready for pickup."]),
    ];

    public static async Task<DemoSeedOutcome> SeedAsync(IServiceProvider services, string password, CancellationToken ct)
    {
        var db = services.GetRequiredService<ConsentDbContext>();
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        // One transaction (the user store shares this scope's context): a seed cut short leaves nothing,
        // rather than a user that would make every later start refuse to seed.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var clock = services.GetRequiredService<TimeProvider>();
        if (await db.Accounts.AnyAsync(ct) || await db.Users.AnyAsync(ct))
        {
            if (await users.FindByNameAsync(Users[0].Email) is not { } demoAdvisor) return DemoSeedOutcome.DatabaseHoldsData;
            await AddLakesideToAnEarlierDemoAsync(db, users, demoAdvisor, clock, ct);
            await transaction.CommitAsync(ct);
            return DemoSeedOutcome.AlreadySeeded;
        }

        var group = new DealerGroup { Name = GroupName };
        var riverside = await SeedDealershipAsync(db, group, Riverside, "America/Chicago", ServiceLine, MarketingLine, RiversideCustomers, "Dana Whitfield", clock, ct);
        var lakeside = await SeedDealershipAsync(db, group, Lakeside, "America/Denver", LakesideServiceLine, LakesideMarketingLine, LakesideCustomers, "Nina Patel", clock, ct);
        foreach (var demo in Users)
        {
            var user = new StaffUser { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, GroupId = group.Id, IsGroupAdmin = demo.GroupAdmin };
            Check(await users.CreateAsync(user, password));
            if (!demo.GroupAdmin)
                db.DealershipRoles.Add(new DealershipRole { UserId = user.Id, AccountId = demo.Dealership == Riverside ? riverside.Id : lakeside.Id, Level = demo.Level });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return DemoSeedOutcome.Seeded;
    }

    /// <summary>
    /// A demo seeded before dealer groups has Riverside alone: Lakeside and the users it lacks join it, with the
    /// password the demo users have (its hash is copied: the password itself is stored nowhere).
    /// </summary>
    private static async Task AddLakesideToAnEarlierDemoAsync(ConsentDbContext db, UserManager<StaffUser> users, StaffUser demoAdvisor, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Accounts.AnyAsync(a => a.Name == Lakeside, ct)) return;
        if (await db.Accounts.Include(a => a.Group).SingleOrDefaultAsync(a => a.Name == Riverside, ct) is not { Group: { } group }) return;
        group.Name = GroupName;
        var lakeside = await SeedDealershipAsync(db, group, Lakeside, "America/Denver", LakesideServiceLine, LakesideMarketingLine, LakesideCustomers, "Nina Patel", clock, ct);
        foreach (var demo in Users)
        {
            if (await users.FindByNameAsync(demo.Email) is not null) continue;
            var user = new StaffUser
            {
                UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, GroupId = group.Id, IsGroupAdmin = demo.GroupAdmin,
                PasswordHash = demoAdvisor.PasswordHash,
            };
            Check(await users.CreateAsync(user));
            if (!demo.GroupAdmin) db.DealershipRoles.Add(new DealershipRole { UserId = user.Id, AccountId = lakeside.Id, Level = demo.Level });
        }
        await db.SaveChangesAsync(ct);
    }

    private static async Task<Account> SeedDealershipAsync(ConsentDbContext db, DealerGroup group, string name, string timeZone, string servicePhone, string marketingPhone,
        (string Name, string Phone, string[] Thread)[] customers, string optedOut, TimeProvider clock, CancellationToken ct)
    {
        var account = new Account { Group = group, Name = name, TimeZone = timeZone };
        var service = new Line { Account = account, Name = "Service", PhoneNumber = servicePhone };
        var marketing = new Line { Account = account, Name = "Marketing", PhoneNumber = marketingPhone, Purpose = LinePurpose.Marketing };
        db.AddRange(service, marketing);
        await db.SaveChangesAsync(ct);
        db.KeywordResponders.AddRange(Keywords.DefaultRespondersFor(account.Id));
        var specials = new Group { AccountId = account.Id, Name = "Service specials" };
        db.Groups.Add(specials);
        db.KeywordResponders.AddRange(
            new KeywordResponder { AccountId = account.Id, LineId = null, Keyword = "JOIN", Action = KeywordAction.JoinGroup, Group = specials },
            new KeywordResponder { AccountId = account.Id, LineId = null, Keyword = "LEAVE", Action = KeywordAction.LeaveGroup, Group = specials });

        var start = clock.GetUtcNow().UtcDateTime.AddHours(-customers.Length - 2);
        var minute = 0;
        foreach (var (customer, phone, thread) in customers)
        {
            var contact = new Contact { Account = account, Name = customer, PhoneNumber = phone };
            foreach (var line in thread)
            {
                var inbound = line[0] == '>';
                db.Messages.Add(new Message
                {
                    Contact = contact,
                    Line = service,
                    Direction = inbound ? MessageDirection.Inbound : MessageDirection.Outbound,
                    Sender = inbound ? MessageSender.Customer : MessageSender.Staff,
                    SentBy = inbound ? null : Users.First(u => u.Dealership == name && u.Level == StaffLevel.Advisor).Email,
                    Text = inbound ? line[1..] : $"{line[1..]}\nText STOP to opt-out",
                    Status = inbound ? MessageStatus.Received : MessageStatus.Delivered,
                    ProviderMessageId = $"demo-{servicePhone}-{phone}-{minute}",
                    CreatedAt = start.AddMinutes(minute += 7),
                });
            }
        }
        await db.SaveChangesAsync(ct);

        // One customer said STOP on the Service line: recorded through the same rule a live STOP uses.
        var stop = await db.Messages.SingleAsync(m => m.Contact!.AccountId == account.Id && m.Contact.Name == optedOut && m.Text == "STOP", ct);
        var record = new ConsentRecord(stop.ContactId, stop.LineId);
        db.ConsentRecords.Add(record);
        db.ConsentEvents.Add(record.OptOut(ConsentEvidence.FromKeyword(stop.Id, stop.Text, "STOP"), stop.CreatedAt));
        stop.ConsentEffect = ConsentStatus.OptedOut;
        await db.SaveChangesAsync(ct);
        return account;
    }

    /// <summary>
    /// Gives the demo users <paramref name="replacement"/>: all whose password is not already it, or with
    /// <paramref name="current"/>, only those whose password is that. False when no one changed, so
    /// sessions stay signed in across ordinary restarts.
    /// </summary>
    public static async Task<bool> ReplacePasswordAsync(IServiceProvider services, string? current, string replacement)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var changed = false;
        foreach (var demo in Users)
        {
            if (await users.FindByNameAsync(demo.Email) is not { } user) continue;
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
