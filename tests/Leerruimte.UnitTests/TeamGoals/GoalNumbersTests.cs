using Leerruimte.Features.TeamGoals;

namespace Leerruimte.UnitTests.TeamGoals;

public sealed class GoalNumbersTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData(" -3,25 ", -3.25)]
    [InlineData("0", 0)]
    [InlineData("1000000000", 1_000_000_000)]
    public void A_number_is_read_with_a_Dutch_comma_or_a_point(string text, double expected)
    {
        Assert.True(GoalNumbers.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("twaalf")]
    [InlineData("1.250,5")]
    [InlineData("12,5,1")]
    [InlineData("1e5")]
    [InlineData("NaN")]
    [InlineData("∞")]
    [InlineData("1000000001")]
    [InlineData("12%")]
    [InlineData(null)]
    public void What_is_no_plain_number_is_not_read(string? text) => Assert.False(GoalNumbers.TryParse(text, out _));

    [Theory]
    [InlineData(1250)]
    [InlineData(12.345)]
    [InlineData(0.00001)]
    [InlineData(-999999999.5)]
    public void A_number_put_back_in_a_form_reads_back_the_same_in_Dutch_and_English(double value)
    {
        foreach (var culture in new[] { "nl-NL", "en-GB" })
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            Assert.True(GoalNumbers.TryParse(GoalNumbers.Format(value), out var back), $"{culture}: {GoalNumbers.Format(value)}");
            Assert.Equal(value, back);
        }
    }

    [Fact]
    public void A_long_string_of_digits_is_refused_without_reading_it() => Assert.False(GoalNumbers.TryParse(new string('9', 10_000), out _));
}

public sealed class GoalProgressTests
{
    [Theory]
    [InlineData(55, 80, 67.5, 50)]
    [InlineData(55, 80, 55, 0)]
    [InlineData(55, 80, 40, 0)]
    [InlineData(55, 80, 80, 100)]
    [InlineData(55, 80, 95, 100)]
    [InlineData(20, 10, 15, 50)]
    [InlineData(20, 10, 25, 0)]
    [InlineData(0, 3, 2.99, 99)]
    public void The_share_of_the_way_counts_up_or_down_towards_the_target(double start, double target, double latest, int percent) =>
        Assert.Equal(percent, GoalProgress.Percent(start, target, latest));

    [Fact]
    public void Without_a_value_nothing_of_the_way_is_covered()
    {
        Assert.Equal(0, GoalProgress.Percent(55, 80, null));
        Assert.False(GoalProgress.Reached(55, 80, null));
    }

    [Theory]
    [InlineData(55, 80, 80, true)]
    [InlineData(55, 80, 79.9, false)]
    [InlineData(20, 10, 10, true)]
    [InlineData(20, 10, 11, false)]
    public void The_target_is_reached_at_or_past_it_in_its_direction(double start, double target, double latest, bool reached) =>
        Assert.Equal(reached, GoalProgress.Reached(start, target, latest));
}
