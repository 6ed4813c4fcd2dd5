using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;

namespace OptInDashboard.Tests.Infrastructure;

public static class ConsentLookup
{
    /// <summary>A demo contact's status on a line, by their names; "Not Defined" where there is no record.</summary>
    public static async Task<ConsentStatus> ConsentStatusAsync(this TestApp app, string contactName, string lineName)
    {
        await using var db = app.CreateDbContext();
        return await (from r in db.ConsentRecords
                      join c in db.Contacts on r.ContactId equals c.Id
                      join l in db.Lines on r.LineId equals l.Id
                      where c.Name == contactName && l.Name == lineName
                      select (ConsentStatus?)r.Status).SingleOrDefaultAsync() ?? ConsentStatus.NotDefined;
    }
}
