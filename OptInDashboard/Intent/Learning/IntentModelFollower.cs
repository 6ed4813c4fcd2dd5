namespace OptInDashboard.Intent.Learning;

/// <summary>
/// Before the app takes traffic, puts the newest activated model in use; then looks again every
/// <see cref="IntentModelActivator.FollowInterval"/>, so an activation made on another instance reaches this one.
/// </summary>
internal sealed class IntentModelFollower(IntentModelActivator activator, TimeProvider clock, ILogger<IntentModelFollower> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await activator.FollowAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(IntentModelActivator.FollowInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await activator.FollowAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                IntentLog.FollowFailed(logger, ex);
            }
        }
    }
}
