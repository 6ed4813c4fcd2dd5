using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging;

/// <summary>
/// The attachments customers sent, served to signed-in staff from the stored bytes (the provider's links
/// expire). A raster image is shown inline; anything else downloads, and nothing a customer sent can run
/// as a page of this site: the type is never sniffed and the answer is sandboxed.
/// </summary>
public static class MediaEndpoints
{
    private static readonly HashSet<string> InlineTypes = ["image/jpeg", "image/png", "image/gif", "image/webp"];

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var media = endpoints.MapGroup("/media").RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Staff });
        media.MapGet("/{id:long}", GetAsync);
        return endpoints;
    }

    public static bool ShowsInline(string? contentType) => contentType is not null && InlineTypes.Contains(contentType);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        long id, IDbContextFactory<ConsentDbContext> dbFactory, HttpResponse response, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var media = await db.MessageMedia.AsNoTracking()
            .Where(m => m.Id == id && m.Status == MediaFetchStatus.Fetched)
            .Select(m => new { m.Content, m.ContentType, m.Kind, m.FileName })
            .SingleOrDefaultAsync(ct);
        if (media?.Content is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such attachment",
                detail: $"Attachment {id} does not exist or has not been fetched from the provider.");

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        var contentType = media.ContentType ?? "application/octet-stream";
        return ShowsInline(contentType)
            ? TypedResults.File(media.Content, contentType)
            : TypedResults.File(media.Content, contentType, media.FileName ?? $"{media.Kind.ToString().ToLowerInvariant()}-{id}");
    }
}
