using Leerruimte.Features.Development;

namespace Leerruimte.UnitTests.Development;

public sealed class SmartCheckTests
{
    private static string MetLetters(IEnumerable<SmartHint> hints) => string.Concat(hints.Where(h => h.Met).Select(h => h.Letter));

    [Theory]
    [MemberData(nameof(SmartPoints.Table), MemberType = typeof(SmartPoints))]
    public void Each_point_of_the_table_meets_exactly_its_letters(SmartPoint p) =>
        Assert.Equal(p.Met, MetLetters(SmartCheck.Of(p.Title, p.Goal, p.Motivation, p.Needs, p.FirstStep, p.TargetDate)));

    [Fact]
    public void Every_letter_that_is_not_met_says_what_to_add()
    {
        var hints = SmartCheck.Of("Beter worden", null, null, null, null, null);

        Assert.Equal("SMART", string.Concat(hints.Select(h => h.Letter)));
        Assert.All(hints, h => Assert.False(string.IsNullOrWhiteSpace(h.Hint)));
    }

    [Fact]
    public void The_rules_the_page_sends_are_the_rules_the_server_applies()
    {
        using var sent = System.Text.Json.JsonDocument.Parse(SmartCheck.RulesJson);

        Assert.Equal(SmartCheck.Rules.Select(r => r.Letter.ToString()), sent.RootElement.EnumerateArray().Select(r => r.GetProperty("letter").GetString()));
        Assert.Equal(SmartCheck.Rules[0].Ways[0][0].NotMatches, sent.RootElement[0].GetProperty("ways")[0][0].GetProperty("notMatches").GetString());
    }
}
