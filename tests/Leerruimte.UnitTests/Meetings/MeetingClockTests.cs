using Leerruimte.Features.Meetings;

namespace Leerruimte.UnitTests.Meetings;

public sealed class MeetingClockTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_running_clock_counts_down_from_the_planned_minutes_plus_extensions()
    {
        var clock = new MeetingClock { StartedAt = T0, ElapsedSeconds = 60, ExtraSeconds = 120 };

        Assert.Equal(10 * 60 + 120 - 60 - 30, clock.Remaining(10, T0.AddSeconds(30)));
    }

    [Fact]
    public void A_paused_clock_stands_still() =>
        Assert.Equal(5 * 60 - 90, new MeetingClock { ElapsedSeconds = 90 }.Remaining(5, T0.AddHours(3)));

    [Fact]
    public void Overtime_is_negative() => Assert.Equal(-60, new MeetingClock { StartedAt = T0 }.Remaining(1, T0.AddMinutes(2)));

    [Theory]
    [InlineData(" abc-234 ", "ABC234")]
    [InlineData("a b c 2 3 4", "ABC234")]
    [InlineData(null, "")]
    public void Typed_codes_are_read_generously(string? typed, string expected) => Assert.Equal(expected, JoinCodes.Normalise(typed));

    [Fact]
    public void A_join_code_opens_an_hour_before_the_start_and_closes_with_the_meeting()
    {
        var meeting = new Meeting { ModuleId = "m", Title = "t", JoinCode = "ABC234", StartsAt = T0, Status = MeetingStatus.Planned };

        Assert.False(JoinCodes.IsOpen(meeting, T0.AddMinutes(-61)));
        Assert.True(JoinCodes.IsOpen(meeting, T0.AddMinutes(-59)));
        meeting.Status = MeetingStatus.Closed;
        Assert.False(JoinCodes.IsOpen(meeting, T0.AddMinutes(30)));
    }
}
