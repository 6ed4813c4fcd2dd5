using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Data;

namespace OptInDashboard.Consent;

public static class ConsentEndpoints
{
    public static IEndpointRouteBuilder MapConsentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/reports").RequireAuthorization(new AuthorizeAttribute { Roles = Roles.ManagersAndAdmins });
        reports.MapGet("/ledger.csv", async (IDbContextFactory<ConsentDbContext> dbFactory, HttpContext http, CancellationToken ct) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=consent-ledger-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv";
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await LedgerCsv.WriteAsync(db, writer, ct);
        });
        return endpoints;
    }
}
