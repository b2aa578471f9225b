using Leerruimte.Infrastructure;

namespace Leerruimte.UnitTests.Infrastructure;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void Markdown_becomes_html() =>
        Assert.Equal("<ul>\n<li><strong>Vet</strong> punt</li>\n</ul>\n", renderer.Render("- **Vet** punt").Value);

    [Fact]
    public void Raw_html_in_a_pack_is_shown_as_text_not_run() =>
        Assert.DoesNotContain("<script>", renderer.Render("Hallo <script>alert(1)</script>").Value);

    [Fact]
    public void Script_links_lose_their_address()
    {
        var html = renderer.Render("[klik](javascript:alert(1)) en [goed](https://example.org)").Value;

        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("href=\"https://example.org\"", html);
    }

    [Fact]
    public void A_single_line_renders_without_a_paragraph() => Assert.Equal("Een <em>vraag</em>?", renderer.Inline("Een *vraag*?").Value);
}
