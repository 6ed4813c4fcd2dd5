using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OptInDashboard.Data;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>
/// Downloads inbound attachments after their webhook was answered: the webhook stores the message with a
/// Pending media row (durable before acknowledged), and this drains those rows, so a slow or failing
/// download never delays the 200 Vonage waits for. Each row ends Fetched (bytes kept) or, after its
/// attempts or on a link that has expired, Failed with a reason the thread shows. Each attempt is claimed first,
/// so with several instances one of them downloads it.
/// </summary>
public sealed class VonageMediaFetcher(
    DealershipDb databases,
    WriteGate writeGate,
    VonageMediaClient client,
    InboundMediaSignal signal,
    IOptions<VonageOptions> options,
    TimeProvider clock,
    ILogger<VonageMediaFetcher> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WebhooksEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await FetchDueAsync(stoppingToken) == BatchSize) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Media fetching failed; trying again shortly");
            }
            await signal.WaitAsync(IdlePoll, stoppingToken);
        }
    }

    /// <summary>Tries every attachment whose turn has come; returns how many it tried.</summary>
    public async Task<int> FetchDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<Due> due;
        await using (var db = databases.ForEveryDealership())
        {
            due = await db.MessageMedia
                .Where(m => m.Status == MediaFetchStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
                .OrderBy(m => m.Id)
                .Select(m => new Due(m.Id, m.MessageId, m.Message!.Line!.AccountId, m.Kind, m.SourceUrl, m.Attempts))
                .Take(BatchSize)
                .ToListAsync(ct);
        }
        foreach (var media in due) await FetchAsync(media, ct);
        return due.Count;
    }

    /// <summary>How long a claimed attachment is left to the instance that claimed it; after a crash it is due again then.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    private async Task FetchAsync(Due media, CancellationToken ct)
    {
        if (!await ClaimAsync(media, ct)) return;
        var download = Uri.TryCreate(media.SourceUrl, UriKind.Absolute, out var url)
            ? await client.DownloadAsync(url, media.DealershipId, ct)
            : MediaDownload.GiveUp("The link Vonage gave is not a URL.");
        var attempt = media.Attempts + 1;
        var now = clock.GetUtcNow().UtcDateTime;

        await using var db = databases.ForEveryDealership();
        // Tracked with its message, so the thread showing it hears of the outcome once it is saved.
        var row = await db.MessageMedia.Include(m => m.Message).SingleAsync(m => m.Id == media.Id, CancellationToken.None);
        // Only from the state this attempt read: another instance may have fetched it meanwhile.
        if (row.Status != MediaFetchStatus.Pending || row.Attempts != media.Attempts) return;
        row.Attempts = attempt;
        string? failure = null;
        var giveUp = false;
        if (download.Content is { } content)
        {
            (row.Status, row.Content, row.ContentType, row.SizeBytes) = (MediaFetchStatus.Fetched, content, download.ContentType, content.LongLength);
            (row.FailureReason, row.NextAttemptAt, row.FetchedAt) = (null, null, now);
        }
        else
        {
            failure = download.Failure ?? "The download failed.";
            giveUp = download.Permanent || attempt >= options.Value.MediaFetchAttempts;
            row.Status = giveUp ? MediaFetchStatus.Failed : MediaFetchStatus.Pending;
            row.FailureReason = failure;
            row.NextAttemptAt = giveUp ? null : now + options.Value.MediaRetryDelay(attempt);
        }
        try
        {
            using (await writeGate.EnterAsync(CancellationToken.None))
                await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            return; // another instance recorded this attempt first
        }
        if (failure is null) VonageLog.MediaFetched(logger, media.Id, media.MessageId, media.Kind, row.SizeBytes ?? 0);
        else if (giveUp) VonageLog.MediaFetchAbandoned(logger, media.Id, media.MessageId, media.Kind, failure);
        else VonageLog.MediaFetchFailed(logger, media.Id, media.MessageId, media.Kind, attempt, failure);
    }

    /// <summary>
    /// Ours to download if it is still as read and due: its next attempt moves past the lease, so another instance
    /// (or this one's next pass) leaves it alone, and the link is asked for once.
    /// </summary>
    private async Task<bool> ClaimAsync(Due media, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = databases.ForEveryDealership();
        using (await writeGate.EnterAsync(ct))
            return await db.MessageMedia
                .Where(m => m.Id == media.Id && m.Status == MediaFetchStatus.Pending && m.Attempts == media.Attempts && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptAt, now + ClaimLease), ct) == 1;
    }

    private sealed record Due(long Id, long MessageId, int DealershipId, MediaKind Kind, string SourceUrl, int Attempts);
}
