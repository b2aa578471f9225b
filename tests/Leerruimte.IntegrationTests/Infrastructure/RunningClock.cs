using System.Diagnostics;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>
/// A clock that starts at a fixed moment and runs at real speed from there; a test can move it forward. Apps
/// whose background loops must see time pass (mail retries, reminders) run on it, so no test sees today's date.
/// </summary>
public sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly long startedAt = Stopwatch.GetTimestamp();
    private long advancedTicks;

    public override DateTimeOffset GetUtcNow() =>
        start + Stopwatch.GetElapsedTime(startedAt) + TimeSpan.FromTicks(Interlocked.Read(ref advancedTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref advancedTicks, by.Ticks);
}
