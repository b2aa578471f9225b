using Leerruimte.Features.Sessions;

namespace Leerruimte.UnitTests.Sessions;

/// <summary>The one countdown rule that the console, the beamer and the phone script all draw from.</summary>
public sealed class CountdownTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_running_clock_counts_down_from_the_planned_minutes_plus_extensions_less_what_ran_before()
    {
        var countdown = Countdown.Of(new StepClock { StartedAt = T0, ElapsedSeconds = 60, ExtraSeconds = 120 }, 10 * 60);

        Assert.Equal(10 * 60 + 120 - 60 - 30, countdown.SecondsLeft(T0.AddSeconds(30)));
        Assert.True(countdown.Running);
    }

    [Fact]
    public void The_deadline_sent_to_the_screens_is_where_the_clock_reaches_zero()
    {
        var countdown = Countdown.Of(new StepClock { StartedAt = T0, ElapsedSeconds = 60, ExtraSeconds = 120 }, 10 * 60);

        Assert.Equal(T0.AddSeconds(10 * 60 + 120 - 60), countdown.EndsAt);
        Assert.Equal(0, countdown.SecondsLeft(countdown.EndsAt!.Value));
    }

    [Theory]
    [InlineData(0, 300)]
    [InlineData(400, 300)]  // part of a second has gone: the second shown has not
    [InlineData(999, 300)]
    [InlineData(1000, 299)]
    [InlineData(1001, 299)]
    public void Parts_of_a_second_count_as_the_whole_second_only_once_it_has_passed(int milliseconds, int shown) =>
        Assert.Equal(shown, Countdown.Of(StepClock.StartingAt(T0), 300).SecondsLeft(T0.AddMilliseconds(milliseconds)));

    [Fact]
    public void A_paused_clock_stands_still() =>
        Assert.Equal(5 * 60 - 90, Countdown.Of(new StepClock { ElapsedSeconds = 90 }, 5 * 60).SecondsLeft(T0.AddHours(3)));

    [Fact]
    public void Pausing_keeps_the_seconds_that_ran()
    {
        var clock = StepClock.StartingAt(T0);

        clock.Pause(T0.AddSeconds(75.6));

        Assert.Equal(75, clock.ElapsedSeconds);
        Assert.Null(clock.StartedAt);
        Assert.Null(Countdown.Of(clock, 600).EndsAt);
    }

    [Fact]
    public void Overtime_is_negative_and_looks_over() =>
        Assert.Equal((-60, CountdownLook.Over), Look(Countdown.Of(StepClock.StartingAt(T0), 60), T0.AddMinutes(2)));

    [Fact]
    public void A_clock_read_before_its_start_shows_no_more_than_it_has() =>
        Assert.Equal(300, Countdown.Of(StepClock.StartingAt(T0), 300).SecondsLeft(T0.AddSeconds(-5)));

    [Theory]
    [InlineData(20 * 60, 120)]  // the last tenth
    [InlineData(5 * 60, 60)]    // but at least the last minute
    public void A_clock_warns_in_its_last_tenth_but_at_least_its_last_minute(int seconds, int warnFrom)
    {
        var countdown = Countdown.Of(StepClock.StartingAt(T0), seconds);

        Assert.Equal(warnFrom, countdown.WarnSeconds);
        Assert.Equal(CountdownLook.Normal, countdown.Look(T0.AddSeconds(seconds - warnFrom - 1)));
        Assert.Equal(CountdownLook.Warn, countdown.Look(T0.AddSeconds(seconds - warnFrom)));
        Assert.Equal(CountdownLook.Warn, countdown.Look(T0.AddSeconds(seconds)));
        Assert.Equal(CountdownLook.Over, countdown.Look(T0.AddSeconds(seconds + 1)));
    }

    [Fact]
    public void Extending_moves_the_warning_with_the_time_added() =>
        Assert.Equal(Countdown.WarnFrom(30 * 60), Countdown.Of(new StepClock { StartedAt = T0, ExtraSeconds = 10 * 60 }, 20 * 60).WarnSeconds);

    [Fact]
    public void A_sub_timer_runs_its_own_minutes_from_its_start()
    {
        var timer = Countdown.Timer(T0, 120);

        Assert.Equal(30, timer.SecondsLeft(T0.AddSeconds(90)));
        Assert.Equal(T0.AddSeconds(120), timer.EndsAt);
    }

    private static (int, CountdownLook) Look(Countdown countdown, DateTime now) => (countdown.SecondsLeft(now), countdown.Look(now));
}
