using System.Globalization;
using Bunit;
using Leerruimte.Components.Shared;
using Leerruimte.Infrastructure.Privacy;

namespace Leerruimte.UnitTests.Components;

public sealed class PrivacyCheckTests : BunitContext
{
    public PrivacyCheckTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");

    private IRenderedComponent<PrivacyCheck> Check(params Finding[] findings) => Render<PrivacyCheck>(p => p
        .Add(c => c.Fields, [new GuardedField("situation", "Situatie", "Moeder belt op 06-12345678 over haar zoon.") { Findings = findings }]));

    [Fact]
    public void A_finding_is_marked_in_the_text_and_named_beside_its_box()
    {
        var check = Check(IdentifyingData.Find("Moeder belt op 06-12345678 over haar zoon.").ToArray());

        Assert.Equal("06-12345678", check.Find("mark").TextContent);
        Assert.Equal("Phone:06-12345678", check.Find("input[type=checkbox]").GetAttribute("value"));
    }

    [Fact]
    public void A_text_the_guard_could_not_finish_marks_nothing_and_asks_the_writer_to_read_it_through()
    {
        var check = Check(IdentifyingData.Unfinished);

        Assert.Empty(check.FindAll("mark"));
        Assert.Contains("Moeder belt op 06-12345678 over haar zoon.", check.Find(".app-privacy__text").TextContent);
        Assert.Contains("Lees hem zelf na", check.Find(".app-privacy__list li").TextContent);
        Assert.Equal("Unchecked:", check.Find("input[type=checkbox]").GetAttribute("value"));
        Assert.StartsWith("Ik heb de tekst zelf nagelopen", check.Find("label").TextContent);
    }
}
