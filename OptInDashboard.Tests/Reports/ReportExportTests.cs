using System.Net;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Reports;

public sealed class ReportExportTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string email, string url)
    {
        var response = await (await SignedIn.ClientAsync(_app, email)).GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string[]> CsvLinesAsync(string email, string url)
    {
        var (status, body) = await GetAsync(email, url);
        Assert.Equal(HttpStatusCode.OK, status);
        return body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private async Task<(int Maria, int Service, int Marketing)> IdsAsync()
    {
        await using var db = _app.CreateDbContext();
        var maria = await db.RiversideContacts().Where(c => c.Name == "Maria Gonzalez").Select(c => c.Id).SingleAsync();
        var lines = await db.RiversideLines().ToDictionaryAsync(l => l.Name, l => l.Id);
        return (maria, lines["Service"], lines["Marketing"]);
    }

    [Fact]
    public async Task TheLedgerCsvFiltersByContactLineCauseAndDates()
    {
        var (maria, service, marketing) = await IdsAsync();
        var actions = _app.Get<StaffConsentActions>();
        await actions.RecordOptOutOnBehalfAsync(Staff.Advisor, maria, marketing, "No marketing, said at the desk");
        await actions.BlockAsync(Staff.Manager, maria, "Testing the filters");
        string today;
        await using (var db = _app.CreateDbContext())
        {
            today = DealershipTime.For(await db.RiversideAsync()).Today(DateTime.UtcNow).ToString("yyyy-MM-dd");
        }

        var all = await CsvLinesAsync("manager@demo.local", "/reports/ledger.csv");
        var maryOnMarketing = await CsvLinesAsync("manager@demo.local", $"/reports/ledger.csv?contact=maria&lineId={marketing}");
        var blocks = await CsvLinesAsync("manager@demo.local", "/reports/ledger.csv?cause=Block");
        var staffToday = await CsvLinesAsync("manager@demo.local", $"/reports/ledger.csv?cause=StaffOnBehalf&from={today}&to={today}");
        var beforeAnything = await CsvLinesAsync("manager@demo.local", "/reports/ledger.csv?to=2000-01-01");
        var onService = await CsvLinesAsync("manager@demo.local", $"/reports/ledger.csv?contact=maria&lineId={service}");

        Assert.Equal(4, all.Length); // header, Dana's seeded STOP, Maria's staff opt-out, Maria's block
        Assert.Single(maryOnMarketing.Skip(1));
        Assert.Contains("No marketing, said at the desk", maryOnMarketing[1]);
        Assert.Single(blocks.Skip(1));
        Assert.Contains(",Block,", blocks[1]);
        Assert.Single(staffToday.Skip(1));
        Assert.Single(beforeAnything); // the header only
        Assert.Single(onService);
    }

    [Fact]
    public async Task TheSnapshotCsvListsEachContactWithTheirStatusOnEveryChosenLine()
    {
        var (maria, service, marketing) = await IdsAsync();
        await _app.Get<StaffConsentActions>().RecordOptOutOnBehalfAsync(Staff.Advisor, maria, marketing, "No marketing");

        var lines = await CsvLinesAsync("manager@demo.local", $"/reports/snapshot.csv?line={service}&line={marketing}");

        Assert.Equal("contact,contact_phone,Service,Marketing", lines[0]);
        Assert.Equal(["Dana Whitfield,+15555550116,Opted out,Not Defined", "Maria Gonzalez,+15555550111,Not Defined,Opted out"], lines.Skip(1));
    }

    [Fact]
    public async Task TheSnapshotCsvNeedsALine()
    {
        var (status, body) = await GetAsync("manager@demo.local", "/reports/snapshot.csv");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Choose at least one line.", body);
    }

    [Theory]
    [InlineData("/reports/snapshot.csv?line=1&from=2024-01-01&to=2027-12-31", "The snapshot covers at most three years (1098 days): choose a start on or after 2024-12-29.")]
    [InlineData("/reports/snapshot.csv?line=1&from=0001-01-01&to=2026-03-01", "0001-01-01 is outside the days reports cover: choose a day from 2000-01-01 to 2100-12-31.")]
    [InlineData("/reports/ledger.csv?to=9999-12-31", "9999-12-31 is outside the days reports cover")]
    [InlineData("/reports/ledger.csv?from=1999-12-31", "1999-12-31 is outside the days reports cover")]
    [InlineData("/reports/ledger.csv?from=2026-03-10&to=2026-03-01", "The start date (2026-03-10) is after the end date (2026-03-01)")]
    public async Task AnExportsDatesAreBoundedWithA400AndAMessage(string url, string message)
    {
        var (status, body) = await GetAsync("manager@demo.local", url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, body);
    }

    [Fact]
    public async Task TheLedgerCsvSpansAsManyYearsAsTheBoundsAllow()
    {
        var lines = await CsvLinesAsync("manager@demo.local", "/reports/ledger.csv?from=2000-01-01&to=2100-12-31");
        Assert.Equal(2, lines.Length); // the header and Dana's seeded STOP
    }

    [Fact]
    public async Task AReversedSnapshotRangeIsRefusedWithAMessage()
    {
        var (status, body) = await GetAsync("manager@demo.local", "/reports/snapshot.csv?line=1&from=2026-03-10&to=2026-03-01");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The start date (2026-03-10) is after the end date (2026-03-01)", body);
    }

    [Fact]
    public async Task AnAdvisorCannotExportTheSnapshot()
    {
        var (status, body) = await GetAsync("advisor@demo.local", "/reports/snapshot.csv?line=1");
        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.DoesNotContain("contact_phone", body);
    }

    public void Dispose() => _app.Dispose();
}
