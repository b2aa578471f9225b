using System.Collections;
using System.Globalization;
using System.Resources;
using Leerruimte.Resources;

namespace Leerruimte.UnitTests.Infrastructure;

public sealed class ResourceTests
{
    private static Dictionary<string, string> Texts(string culture)
    {
        var set = Ui.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {culture}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Fact]
    public void Every_Dutch_text_has_an_English_one()
    {
        var dutch = Texts(CultureInfo.InvariantCulture.Name);
        var english = Texts("en");

        Assert.Empty(dutch.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(dutch.Keys));
    }

    [Fact]
    public void Placeholders_match_between_languages()
    {
        var english = Texts("en");
        foreach (var (key, dutch) in Texts(CultureInfo.InvariantCulture.Name))
            Assert.True(Placeholders(dutch).SetEquals(Placeholders(english[key])), key);
    }

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();
}
