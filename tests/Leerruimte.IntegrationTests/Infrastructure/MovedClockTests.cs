namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>
/// ./test.sh runs this suite a second time under faketime and says how far it moved the clock; this test proves
/// the clock really moved in that run, so a broken faketime cannot make the run pass without testing anything.
/// </summary>
public sealed class MovedClockTests
{
    [Fact]
    public void In_the_moved_clock_run_the_machines_clock_is_ahead()
    {
        if (Environment.GetEnvironmentVariable("LEERRUIMTE_REAL_NOW") is not { Length: > 0 } realNow) return; // a normal run
        var days = int.Parse(Environment.GetEnvironmentVariable("LEERRUIMTE_CLOCK_AHEAD_DAYS") ?? "0");
        var ahead = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(long.Parse(realNow));
        Assert.InRange(ahead.TotalDays, days - 1, days + 1);
    }
}
