using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Tests.Infrastructure;

/// <summary>Riverside Motors, the demo dealership most tests work in, seen through a context that sees every dealership.</summary>
public static class DemoDealerships
{
    public static IQueryable<Line> RiversideLines(this ConsentDbContext db) => db.Lines.Where(l => l.AccountId == Staff.Riverside);

    public static IQueryable<Contact> RiversideContacts(this ConsentDbContext db) => db.Contacts.Where(c => c.AccountId == Staff.Riverside);

    public static Task<Account> RiversideAsync(this ConsentDbContext db) => db.Accounts.SingleAsync(a => a.Id == Staff.Riverside);
}
