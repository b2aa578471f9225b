using Leerruimte.Infrastructure;

namespace Leerruimte.UnitTests.Infrastructure;

public sealed class FreeTextTests
{
    [Theory]
    [InlineData("Idee\u0000 met een nul", "Idee met een nul")]
    [InlineData("\u202Eeulb si tahw", "eulb si tahw")]
    [InlineData("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i", "abcdefghi")]
    [InlineData("bel\u0007 en \u001Bescape\u007F en \u0085", "bel en escape en ")]
    public void Control_direction_and_broken_characters_are_left_out(string text, string clean) =>
        Assert.Equal(clean, FreeText.Clean(text));

    [Theory]
    [InlineData("Twee regels\r\nmet een\ttab")]
    [InlineData("Arabisch مرحبا en Hebreeuws שלום met een teken \u200F")]
    [InlineData("Emoji 😀 en accenten: cliënt, coördinator")]
    [InlineData("")]
    public void Ordinary_text_in_any_language_stays_as_it_is(string text) =>
        Assert.Same(text, FreeText.Clean(text));

    [Fact]
    public void Half_a_surrogate_pair_is_left_out_and_a_whole_one_kept()
    {
        var high = (char)0xD83D;
        var low = (char)0xDE00;

        Assert.Equal("half  paar", FreeText.Clean($"half {high} paar"));
        Assert.Equal("omgekeerd ", FreeText.Clean($"omgekeerd {low}{high}"));
        Assert.Equal($"heel {high}{low}", FreeText.Clean($"heel {high}{low}\u0000"));
    }

    [Fact]
    public void No_text_stays_no_text() => Assert.Null(FreeText.Clean(null));
}
