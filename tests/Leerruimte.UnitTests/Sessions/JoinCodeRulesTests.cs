using Leerruimte.Features.Sessions;

namespace Leerruimte.UnitTests.Sessions;

public sealed class JoinCodeRulesTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(" abc-234 ", "ABC234")]
    [InlineData("a b c 2 3 4", "ABC234")]
    [InlineData(null, "")]
    public void Typed_codes_are_read_generously(string? typed, string expected) => Assert.Equal(expected, JoinCodes.Normalise(typed));

    [Fact]
    public void A_join_code_opens_an_hour_before_the_start_and_closes_with_the_session()
    {
        var session = new LiveSession { OriginKind = "m", ScriptRef = "s", JoinCode = "ABC234", Status = SessionStatus.Planned };

        Assert.False(JoinCodes.IsOpen(session, T0, T0.AddMinutes(-61)));
        Assert.True(JoinCodes.IsOpen(session, T0, T0.AddMinutes(-59)));
        session.Status = SessionStatus.Running;
        Assert.True(JoinCodes.IsOpen(session, T0, T0.AddHours(23)));
        Assert.False(JoinCodes.IsOpen(session, T0, T0.AddHours(25)));
        session.Status = SessionStatus.Closed;
        Assert.False(JoinCodes.IsOpen(session, T0, T0.AddMinutes(30)));
        session.Status = SessionStatus.Cancelled;
        Assert.False(JoinCodes.IsOpen(session, T0, T0));
    }
}
