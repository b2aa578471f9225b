using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Leerruimte.UnitTests.Infrastructure;

/// <summary>The Dutch texts follow the choices in docs/glossary.md ("Schrijfwijze"); these forms do not come back.</summary>
public sealed class DutchTextsTests
{
    private static readonly string ResxPath = Path.Combine(Repository.Root, "src", "Leerruimte", "Resources", "Ui.resx");

    /// <summary>Every Dutch text of the interface, read from the file itself: a missing or empty file fails, not passes.</summary>
    private static IReadOnlyList<(string Key, string Text)> DutchTexts()
    {
        Assert.True(File.Exists(ResxPath), $"{ResxPath} is missing");
        var texts = XDocument.Load(ResxPath).Root!.Elements("data")
            .Select(d => ((string)d.Attribute("name")!, (string?)d.Element("value") ?? "")).ToList();
        Assert.True(texts.Count > 500, $"only {texts.Count} texts in {ResxPath}");
        return texts;
    }

    [Theory]
    [InlineData("\"", "straight double quotes: quote with ‘…’")]
    [InlineData(@"(?<!\w)'|'(?!\w)", "straight single quotes as quotation marks: quote with ‘…’ (an apostrophe as in zo'n stays)")]
    [InlineData(@"\bhij\b|\bHij\b", "a generic ‘hij’: write ‘je’, or name the person")]
    [InlineData(@"(?<![\d-])\d+-\d+(?![\d-])", "a range with a hyphen: write 1–4 with an en dash")]
    [InlineData(@"(?i)uitbak", "‘uitbak’: it is the ‘postvak uit’")]
    public void No_Dutch_interface_text_uses(string pattern, string why)
    {
        var found = DutchTexts().Where(t => Regex.IsMatch(t.Text, pattern)).Select(t => $"{t.Key}: {t.Text}").ToList();

        Assert.True(found.Count == 0, $"{why}:\n{string.Join("\n", found)}");
    }

    [Theory]
    [InlineData(@"(?i)\bflap-?overs?\b|\bflap\b", "flip-over")]
    [InlineData(@"(?i)\binwoners?\b", "burger")]
    [InlineData(@"(?i)\bconsole\b", "begeleidersscherm")]
    [InlineData(@"(?i)competentiekaart", "individuele actie (there is no competence card in the app)")]
    public void The_interface_and_the_shipped_content_use_the_chosen_word(string pattern, string chosen)
    {
        var content = Directory.GetFiles(Path.Combine(Repository.Root, "content"), "*.yaml", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (Key: $"{Path.GetFileName(f)}:{i + 1}", Text: line)));
        var found = DutchTexts().Concat(content).Where(t => Regex.IsMatch(t.Text, pattern)).Select(t => $"{t.Key}: {t.Text}").ToList();

        Assert.True(found.Count == 0, $"write ‘{chosen}’:\n{string.Join("\n", found)}");
    }
}
