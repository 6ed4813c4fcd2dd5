using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Consent;
using OptInDashboard.Data;

namespace OptInDashboard.Reports;

/// <summary>The CSV exports, for Managers and Admins only.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/reports").RequireAuthorization(new AuthorizeAttribute { Roles = Roles.ManagersAndAdmins });

        // /reports/ledger.csv?contact=maria&lineId=1&cause=Keyword&from=2026-11-01&to=2026-11-22 (every filter optional)
        reports.MapGet("/ledger.csv", async Task<Results<EmptyHttpResult, ValidationProblem>> (
            [AsParameters] LedgerFilter filter, IDbContextFactory<ConsentDbContext> dbFactory, DealershipClock clock, HttpContext http, CancellationToken ct) =>
        {
            if (filter.Problem is { } problem)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [problem] });
            var time = await clock.GetAsync(ct);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var writer = CsvResponse(http, "consent-ledger");
            await LedgerCsv.WriteAsync(db, time, writer, filter, ct);
            return TypedResults.Empty;
        });

        // /reports/snapshot.csv?line=1&line=2&from=2026-11-01&to=2026-11-22 (at least one line; the dealership's last 30 days by default)
        reports.MapGet("/snapshot.csv", async Task<Results<EmptyHttpResult, ValidationProblem>> (
            [FromQuery(Name = "line")] int[] lineIds, DateOnly? from, DateOnly? to,
            IDbContextFactory<ConsentDbContext> dbFactory, DealershipClock clock, HttpContext http, CancellationToken ct) =>
        {
            if (lineIds.Length == 0)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["line"] = ["Choose at least one line."] });
            var time = await clock.GetAsync(ct);
            var lastDays = SnapshotRange.EndingToday(time, clock.UtcNow, days: 30);
            var range = new SnapshotRange(from ?? lastDays.From, to ?? lastDays.To);
            if (range.Problem is { } problem)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [problem] });
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var snapshot = await OptInOutSnapshot.LoadAsync(db, time, lineIds, range, ct);
            await using var writer = CsvResponse(http, "opt-in-out-snapshot");
            await snapshot.WriteCsvAsync(writer, ct);
            return TypedResults.Empty;
        });
        return endpoints;
    }

    private static StreamWriter CsvResponse(HttpContext http, string name)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename={name}-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv";
        return new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
