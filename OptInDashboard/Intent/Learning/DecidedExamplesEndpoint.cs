using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Data;

namespace OptInDashboard.Intent.Learning;

/// <summary>The managers' review decisions as training data, for Admins: the input of <c>train --decisions FILE</c>.</summary>
public static class DecidedExamplesEndpoint
{
    public const string Path = "/admin/intent-model/decisions.tsv";

    public static IEndpointRouteBuilder MapDecidedExamples(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (IDbContextFactory<ConsentDbContext> dbFactory, HttpContext http, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var examples = await DecidedExamples.ReadAsync(db, ct: ct);
            http.Response.ContentType = "text/tab-separated-values; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"decided-examples.tsv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false)) { NewLine = "\n" };
            await DecidedExamples.WriteTsvAsync(examples, writer);
        }).RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Admin });
        return endpoints;
    }
}
