using System.Globalization;
using Leerruimte.Infrastructure;

namespace Leerruimte.UnitTests.Infrastructure;

public sealed class DutchNumbersTests
{
    [Theory]
    [InlineData(3.25, 3.3)]
    [InlineData(3.35, 3.4)]
    [InlineData(2.05, 2.1)]
    [InlineData(2.15, 2.2)]
    [InlineData(1.05, 1.1)]
    [InlineData(3.24, 3.2)]
    [InlineData(3.2499, 3.2)]
    [InlineData(-0.25, -0.3)]
    [InlineData(-1.15, -1.2)]
    [InlineData(7, 7)]
    public void A_half_rounds_away_from_zero_also_where_binary_stores_a_little_less(double value, double rounded) =>
        Assert.Equal(rounded, DutchNumbers.Round(value));

    [Theory]
    [InlineData(13, 4, 3.3)]   // 3,25
    [InlineData(67, 20, 3.4)]  // 3,35
    [InlineData(41, 20, 2.1)]  // 2,05
    [InlineData(10, 3, 3.3)]   // 3,333…
    [InlineData(-5, 4, -1.3)]  // -1,25
    public void An_average_of_whole_numbers_is_divided_in_decimal_and_rounded_half_up(long sum, long count, double average) =>
        Assert.Equal(average, DutchNumbers.Average(sum, count));

    [Fact]
    public void An_average_of_nothing_is_nothing() => Assert.Null(DutchNumbers.Average(0, 0));

    [Theory]
    [InlineData(135, 2.3)]  // 2,25 hours
    [InlineData(123, 2.1)]  // 2,05 hours
    [InlineData(45, 0.8)]   // 0,75 hours
    [InlineData(200, 3.3)]  // 3,333… hours
    public void Hours_of_whole_minutes_round_by_the_same_rule(long minutes, double hours) =>
        Assert.Equal(hours, DutchNumbers.Hours(minutes));

    [Fact]
    public void Shown_in_Dutch_with_a_comma_and_in_English_with_a_point()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
            Assert.Equal("3,3", DutchNumbers.Show(3.25));
            Assert.Equal("–", DutchNumbers.Show(null));
            CultureInfo.CurrentCulture = new CultureInfo("en-GB");
            Assert.Equal("2.1", DutchNumbers.Show(2.05));
        }
        finally { CultureInfo.CurrentCulture = before; }
    }
}
