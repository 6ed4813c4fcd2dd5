using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Data;

namespace OptInDashboard.Operations;

/// <summary>
/// What an operator watches: how long webhooks take to be answered, what became of each send, and the outbox (how
/// many texts wait, and how long the oldest has). The outbox is one table for all instances, so every instance
/// reports the same depth and age: a dashboard takes the maximum across instances, not the sum.
/// </summary>
public sealed class DashboardMetrics
{
    private readonly Histogram<double> _webhookDuration;
    private readonly Counter<long> _sends;
    private readonly DealershipDb _databases;
    private readonly TimeProvider _clock;
    private readonly ILogger<DashboardMetrics> _logger;

    public DashboardMetrics(IMeterFactory meters, DealershipDb databases, TimeProvider clock, ILogger<DashboardMetrics> logger)
    {
        (_databases, _clock, _logger) = (databases, clock, logger);
        var meter = meters.Create(DashboardTelemetry.Name);
        _webhookDuration = meter.CreateHistogram<double>("optin.webhook.duration", "s",
            "Time from a Vonage webhook's arrival to our answer (200 only once what it carried is stored).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        _sends = meter.CreateCounter<long>("optin.sends", "{message}",
            "Outbound texts by outcome: sent (the provider accepted it), failed (it refused or could not be reached), blocked (the consent gate refused it; nothing was sent).");
        meter.CreateObservableGauge("optin.outbox.depth", () => Outbox(static o => o.Depth), "{message}", "Texts queued for sending, across all instances.");
        meter.CreateObservableGauge("optin.outbox.oldest_age", () => Outbox(static o => o.OldestAge), "s", "How long the oldest queued text has waited.");
    }

    public void WebhookAnswered(string webhook, int statusCode, TimeSpan duration) =>
        _webhookDuration.Record(duration.TotalSeconds, new("optin.webhook", webhook), new("http.response.status_code", statusCode));

    public void SendDecided(SendOutcome outcome, MessageSender sender) =>
        _sends.Add(1, new("optin.send.outcome", outcome.ToString().ToLowerInvariant()), new("optin.send.sender", sender.ToString().ToLowerInvariant()));

    /// <summary>Read when a collector asks (once a minute by default), from the database, so it is never stale; nothing when the database cannot answer.</summary>
    private IEnumerable<Measurement<T>> Outbox<T>(Func<OutboxNow, T> value) where T : struct
    {
        try
        {
            using var db = _databases.ForEveryDealership();
            // A marketing text held for the recipient's quiet hours is waiting as it should, not backed up.
            var now = _clock.GetUtcNow().UtcDateTime;
            var queued = db.Messages.Where(m => m.Status == MessageStatus.Queued && (m.HeldUntil == null || m.HeldUntil <= now));
            var depth = queued.Count();
            var oldest = depth == 0 ? (DateTime?)null : queued.Min(m => m.HeldUntil ?? m.CreatedAt);
            var age = oldest is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0;
            return [new Measurement<T>(value(new OutboxNow(depth, age)))];
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "The outbox could not be measured");
            return [];
        }
    }

    private sealed record OutboxNow(long Depth, double OldestAge);
}

public enum SendOutcome
{
    Sent,
    Failed,
    Blocked,
}
