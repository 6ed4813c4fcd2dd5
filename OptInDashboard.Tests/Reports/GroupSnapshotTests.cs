using System.Net;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Consent;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Reports;

/// <summary>
/// The group's snapshot, for managers of several dealerships: every line of each dealership they manage, none of one
/// they only advise at or do not work for, each dealership's days in its own time zone.
/// </summary>
public sealed class GroupSnapshotTests : IDisposable
{
    private const string Header = "dealership,line,opted_in_now,opted_out_now,opt_ins_in_range,opt_outs_in_range";

    // Riverside is in Chicago, Lakeside in Denver (the demo): 05:30 UTC on March 11 is 00:30 on March 11 in
    // Chicago and still 23:30 on March 10 in Denver.
    private static readonly DateTime HalfPastFiveUtcOnMarch11 = new(2026, 3, 11, 5, 30, 0, DateTimeKind.Utc);

    private readonly TestApp _app = new(dispatchInBackground: false);

    public void Dispose() => _app.Dispose();

    private async Task<string[]> CsvAsync(string email, string query = "")
    {
        var client = await SignedIn.ClientAsync(_app, email);
        return (await client.GetStringAsync($"/reports/group-snapshot.csv{query}")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private async Task OptOutAsync(int dealership, string customer, string line, DateTime at)
    {
        await using var db = _app.CreateDbContext();
        var contact = await db.Contacts.SingleAsync(c => c.AccountId == dealership && c.Name == customer);
        var lineId = await db.Lines.Where(l => l.AccountId == dealership && l.Name == line).Select(l => l.Id).SingleAsync();
        var record = db.ConsentRecords.Add(new ConsentRecord(contact.Id, lineId)).Entity;
        db.ConsentEvents.Add(record.OptOut(ConsentEvidence.FromStaff(ConsentCause.StaffOnBehalf, "advisor@demo.local", "At the desk"), at));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task AGroupAdminsGroupSnapshotHoldsEveryLineOfEveryDealershipOfTheGroup()
    {
        var rows = await CsvAsync("groupadmin@demo.local");

        Assert.Equal(Header, rows[0]);
        Assert.Equal(
        [
            "Lakeside Motors,Service,0,1,0,1", // Nina Patel's STOP
            "Lakeside Motors,Marketing,0,0,0,0",
            "Riverside Motors,Service,0,1,0,1", // Dana Whitfield's STOP
            "Riverside Motors,Marketing,0,0,0,0",
        ], rows.Skip(1));
    }

    [Fact]
    public async Task AGroupSnapshotLeavesOutADealershipWhereTheStaffMemberIsOnlyAnAdvisor()
    {
        await _app.Get<StaffAdmin>().AddAsync(Staff.Admin, "manager@lakeside.demo.local", StaffLevel.Advisor);

        var rows = await CsvAsync("manager@lakeside.demo.local");

        Assert.All(rows.Skip(1), row => Assert.StartsWith("Lakeside Motors,", row));
        Assert.Equal(3, rows.Length);
    }

    [Fact]
    public async Task AManagerOfTwoDealershipsSeesBothInTheGroupSnapshot()
    {
        await _app.Get<StaffAdmin>().AddAsync(Staff.Admin, "manager@lakeside.demo.local", StaffLevel.Manager);

        var rows = await CsvAsync("manager@lakeside.demo.local");

        Assert.Equal(["Lakeside Motors", "Riverside Motors"], rows.Skip(1).Select(r => r.Split(',')[0]).Distinct());
    }

    [Fact]
    public async Task EachDealershipsChangesFallOnItsOwnDayInTheGroupSnapshot()
    {
        await OptOutAsync(Staff.Riverside, "Maria Gonzalez", "Marketing", HalfPastFiveUtcOnMarch11);
        await OptOutAsync(Staff.Lakeside, "Grace Kim", "Marketing", HalfPastFiveUtcOnMarch11);

        var march10 = await CsvAsync("groupadmin@demo.local", "?from=2026-03-10&to=2026-03-10");
        var march11 = await CsvAsync("groupadmin@demo.local", "?from=2026-03-11&to=2026-03-11");

        Assert.Contains("Lakeside Motors,Marketing,0,1,0,1", march10);
        Assert.Contains("Riverside Motors,Marketing,0,1,0,0", march10);
        Assert.Contains("Riverside Motors,Marketing,0,1,0,1", march11);
        Assert.Contains("Lakeside Motors,Marketing,0,1,0,0", march11);
    }

    [Fact]
    public async Task TheGroupSnapshotsDaysAreBoundedWithA400AndAMessage()
    {
        var client = await SignedIn.ClientAsync(_app, "groupadmin@demo.local");

        var response = await client.GetAsync("/reports/group-snapshot.csv?from=2026-03-10&to=2026-03-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The start date (2026-03-10) is after the end date (2026-03-01)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAdvisorCannotExportTheGroupSnapshot()
    {
        var client = await SignedIn.ClientAsync(_app, "advisor@demo.local");

        var response = await client.GetAsync("/reports/group-snapshot.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Riverside Motors", await response.Content.ReadAsStringAsync());
    }
}
