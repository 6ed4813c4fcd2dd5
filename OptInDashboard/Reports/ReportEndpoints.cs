using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
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

        // /reports/snapshot.csv?line=1&line=2&from=2026-11-01&to=2026-11-22 (at least one line)
        reports.MapGet("/snapshot.csv", async Task<Results<EmptyHttpResult, ValidationProblem>> (
            [FromQuery(Name = "line")] int[] lineIds, DateOnly? from, DateOnly? to,
            IDbContextFactory<ConsentDbContext> dbFactory, DealershipClock clock, HttpContext http, CancellationToken ct) =>
        {
            if (lineIds.Length == 0)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["line"] = ["Choose at least one line."] });
            var time = await clock.GetAsync(ct);
            var range = RangeOrLastDays(from, to, time, clock);
            if (range.Problem is { } problem)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [problem] });
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var snapshot = await OptInOutSnapshot.LoadAsync(db, time, lineIds, range, ct);
            await using var writer = CsvResponse(http, "opt-in-out-snapshot");
            await snapshot.WriteCsvAsync(db, writer, ct);
            return TypedResults.Empty;
        });

        // /reports/group-snapshot.csv?from=2026-11-01&to=2026-11-22: every line of every dealership the staff member manages
        reports.MapGet("/group-snapshot.csv", async Task<Results<EmptyHttpResult, ValidationProblem, ForbidHttpResult>> (
            DateOnly? from, DateOnly? to, UserManager<StaffUser> users, StaffAccess access, DealershipDb databases,
            DealershipClock clock, HttpContext http, CancellationToken ct) =>
        {
            if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Forbid();
            var range = RangeOrLastDays(from, to, await clock.GetAsync(ct), clock);
            if (range.Problem is { } problem)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [problem] });
            var snapshot = await GroupOptInOutSnapshot.LoadAsync(databases, await access.ManagedByAsync(user, ct), range, ct);
            await using var writer = CsvResponse(http, "group-opt-in-out-snapshot");
            await snapshot.WriteCsvAsync(writer, ct);
            return TypedResults.Empty;
        });
        return endpoints;
    }

    /// <summary>The days asked for, or the dealership's last 30 days (today included) for an end left out.</summary>
    private static SnapshotRange RangeOrLastDays(DateOnly? from, DateOnly? to, DealershipTime time, DealershipClock clock)
    {
        var lastDays = SnapshotRange.EndingToday(time, clock.UtcNow, days: 30);
        return new SnapshotRange(from ?? lastDays.From, to ?? lastDays.To);
    }

    private static StreamWriter CsvResponse(HttpContext http, string name)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename={name}-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv";
        return new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
