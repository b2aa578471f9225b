using Leerruimte.Features.Development;

namespace Leerruimte.UnitTests.Meter;

public sealed class SmartCheckTests
{
    private static bool Met(IReadOnlyList<SmartHint> hints, char letter) => hints.Single(h => h.Letter == letter).Met;

    [Fact]
    public void A_vague_point_gets_a_hint_for_every_letter()
    {
        var hints = SmartCheck.Of("Beter worden", null, null, null, null, null);

        Assert.All(hints, h => Assert.False(h.Met));
        Assert.All(hints, h => Assert.False(string.IsNullOrWhiteSpace(h.Hint)));
    }

    [Fact]
    public void A_complete_point_meets_all_five()
    {
        var hints = SmartCheck.Of(
            "In elk huisbezoek vraag ik wat de cliënt zelf al heeft geprobeerd",
            "Drie keer per week noteer ik het antwoord in mijn logboek",
            "Zo geef ik cliënten meer regie over hun eigen situatie",
            "Een collega die dit goed doet en tijd in het teamoverleg",
            "Volgende week de vraag uitproberen bij twee cliënten",
            new DateOnly(2027, 3, 1));

        Assert.All(hints, h => Assert.True(h.Met, h.Name));
    }

    [Theory]
    [InlineData("Ik voer elke week een krachtgericht gesprek met een cliënt", true)]
    [InlineData("Ik voer 3 krachtgerichte gesprekken met cliënten", true)]
    [InlineData("Ik word beter in krachtgerichte gesprekken met cliënten", false)]
    public void Measurable_looks_for_numbers_and_frequencies(string goal, bool expected) =>
        Assert.Equal(expected, Met(SmartCheck.Of(goal, null, null, null, null, null), 'M'));

    [Fact]
    public void A_deadline_in_the_text_counts_as_time_bound() =>
        Assert.True(Met(SmartCheck.Of("Voor 1 maart heb ik het protocol met mijn team besproken", null, null, null, null, null), 'T'));
}
