using Leerruimte.Features.Meetings;

namespace Leerruimte.UnitTests.Meetings;

public sealed class JoinCodeRulesTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

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
