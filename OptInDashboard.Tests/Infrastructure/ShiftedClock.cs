namespace OptInDashboard.Tests.Infrastructure;

/// <summary>A clock that reads <paramref name="now"/> when made and then runs at real speed, so timers and delays still fire.</summary>
public sealed class ShiftedClock(DateTimeOffset now) : TimeProvider
{
    private TimeSpan _shift = now - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;

    /// <summary>Jumps to <paramref name="later"/> and runs on from there.</summary>
    public void MoveTo(DateTimeOffset later) => _shift = later - System.GetUtcNow();
}
