namespace Leerruimte.Features.Sessions;

public enum CountdownLook { Normal, Warn, Over }

/// <summary>
/// The one countdown rule, for every screen. A clock is sent to screens as a deadline: <see cref="EndsAt"/> while it
/// runs (null when paused), <see cref="Seconds"/> left when it last started or stopped, and <see cref="WarnSeconds"/>,
/// from which it shows as nearly over. The server draws it with <see cref="SecondsLeft"/> and <see cref="Look"/>; the
/// phone script (session-live.js) does exactly the same sums on the same three values and knows no rule of its own.
/// </summary>
public sealed record Countdown(DateTime? EndsAt, int Seconds, int WarnSeconds)
{
    public bool Running => EndsAt is not null;

    /// <summary>
    /// A step's clock: the planned seconds plus those added, less those already run; counting down from when it
    /// (re)started, so nothing needs to be sent while it runs.
    /// </summary>
    public static Countdown Of(StepClock clock, int plannedSeconds)
    {
        var total = plannedSeconds + clock.ExtraSeconds;
        var left = total - clock.ElapsedSeconds;
        return new(clock.StartedAt?.AddSeconds(left), left, WarnFrom(total));
    }

    /// <summary>A sub-timer: it runs from its start for its own minutes and cannot be paused.</summary>
    public static Countdown Timer(DateTime startedAt, int seconds) => new(startedAt.AddSeconds(seconds), seconds, WarnFrom(seconds));

    /// <summary>Near the end: the last tenth of the time, but at least the last minute.</summary>
    public static int WarnFrom(int totalSeconds) => Math.Max(60, totalSeconds / 10);

    /// <summary>Whole seconds left at <paramref name="now"/>, negative over time; a running clock never shows more than it started with.</summary>
    public int SecondsLeft(DateTime now) =>
        EndsAt is { } end ? Math.Min(Seconds, (int)Math.Ceiling((end - now).TotalSeconds)) : Seconds;

    public CountdownLook Look(DateTime now) => SecondsLeft(now) switch
    {
        < 0 => CountdownLook.Over,
        var s when s <= WarnSeconds => CountdownLook.Warn,
        _ => CountdownLook.Normal,
    };
}
