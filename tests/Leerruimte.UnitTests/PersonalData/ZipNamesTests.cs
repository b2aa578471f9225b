using Leerruimte.Features.PersonalData;

namespace Leerruimte.UnitTests.PersonalData;

public sealed class ZipNamesTests
{
    [Theory]
    [InlineData("certificaat.pdf", "certificaat.pdf")]
    [InlineData("../../etc/geheim.pdf", "geheim.pdf")]
    [InlineData("..\\..\\Windows\\rapport.docx", "rapport.docx")]
    [InlineData("/absoluut/pad.png", "pad.png")]
    [InlineData("C:rapport.pdf", "Crapport.pdf")]
    [InlineData("..", "bewijs")]
    [InlineData("", "bewijs")]
    [InlineData(null, "bewijs")]
    [InlineData(".pdf", "pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("rapport\u202Efdp.exe", "rapportfdp.exe")]
    [InlineData("tab\tnaam<>|?*\".pdf", "tabnaam.pdf")]
    [InlineData("eindpunt. .pdf", "eindpunt.pdf")]
    public void A_stored_name_becomes_one_plain_file_name_in_the_folder(string? stored, string expected) =>
        Assert.Equal(expected, new ZipNames().Take(stored));

    [Fact]
    public void The_same_name_twice_is_numbered_ignoring_case()
    {
        var names = new ZipNames();

        Assert.Equal(["certificaat.pdf", "certificaat (2).pdf", "Certificaat (3).PDF", "certificaat (4).pdf"],
            new[] { "certificaat.pdf", "certificaat.pdf", "Certificaat.PDF", "map/certificaat.pdf" }.Select(n => names.Take(n)));
    }

    [Fact]
    public void A_very_long_name_is_cut_keeping_its_extension()
    {
        var name = new ZipNames().Take(new string('a', 300) + ".pdf");

        Assert.Equal(ZipNames.MaxLength, name.Length);
        Assert.EndsWith("a.pdf", name);
    }
}
