using System.Collections.Concurrent;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Components;

namespace Leerruimte.Infrastructure;

/// <summary>
/// Renders the Markdown of content packs. Raw HTML is escaped and links other than http(s), mailto and
/// relative ones are dropped, so an uploaded pack cannot inject script. Results are cached: pack text is finite.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private readonly ConcurrentDictionary<string, MarkupString> cache = new();

    public MarkupString Render(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? default : cache.GetOrAdd(markdown, RenderUncached);

    /// <summary>For a single line (a list item or prompt): no wrapping paragraph.</summary>
    public MarkupString Inline(string? markdown)
    {
        var html = Render(markdown).Value ?? "";
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>\n", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
            html = html[3..^5];
        return new MarkupString(html);
    }

    private static MarkupString RenderUncached(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            if (!IsSafe(link.Url)) link.Url = "";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!IsSafe(link.Url)) link.Url = "";
        return new MarkupString(document.ToHtml(Pipeline));
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        if (!Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out var uri)) return false;
        return !uri.IsAbsoluteUri || uri.Scheme is "http" or "https" or "mailto";
    }
}
