using System.Text.RegularExpressions;

namespace Leerruimte.UnitTests.Infrastructure;

/// <summary>
/// Code and docs point at docs/ (decisions, the meter rule, the pack format); a renamed or mistyped page leaves
/// the reader at nothing. Every such reference in the repository must name a file or folder that is there.
/// </summary>
public sealed partial class DocLinkTests
{
    private static readonly string Root = Repository.Root;

    private static readonly string[] Skipped = ["bin", "obj", "node_modules", ".git", "lib", "Migrations"];
    private static readonly string[] Extensions = [".cs", ".razor", ".md", ".sh", ".js", ".css", ".yaml", ".yml", ".json", ".props", ".py"];

    [Fact]
    public void Every_reference_to_docs_names_a_page_that_exists()
    {
        var references = Files().SelectMany(file => DocsPath().Matches(File.ReadAllText(file))
            .Select(m => (File: Path.GetRelativePath(Root, file), Target: m.Value.TrimEnd('.', '/')))).ToList();

        var broken = references.Where(r => !Resolves(r.Target)).Select(r => $"{r.File}: {r.Target}").ToList();

        Assert.InRange(references.Count, 10, 10_000); // the scan found the references it guards
        Assert.True(broken.Count == 0, "Not found:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Every_relative_link_in_a_markdown_page_names_a_file_that_exists()
    {
        var broken = Files().Where(f => f.EndsWith(".md", StringComparison.Ordinal))
            .SelectMany(file => MarkdownLink().Matches(File.ReadAllText(file))
                .Select(m => (File: file, Target: m.Groups[1].Value)))
            .Where(l => !File.Exists(Path.Combine(Path.GetDirectoryName(l.File)!, l.Target)) && !Directory.Exists(Path.Combine(Path.GetDirectoryName(l.File)!, l.Target)))
            .Select(l => $"{Path.GetRelativePath(Root, l.File)}: {l.Target}").ToList();

        Assert.True(broken.Count == 0, "Not found:\n" + string.Join("\n", broken));
    }

    [Theory]
    [InlineData("docs/meter.md", true)]
    [InlineData("docs/decisions", true)]
    [InlineData("docs/decisions/0010", true)]
    [InlineData("docs/decisions/0002-two-providers.md", false)]
    [InlineData("docs/decisions/9999", false)]
    public void A_reference_resolves_to_a_file_a_folder_or_one_numbered_decision(string target, bool resolves) =>
        Assert.Equal(resolves, Resolves(target));

    /// <summary>A file or folder, or a decision by its number alone ("docs/decisions/0010"), when exactly one has that number.</summary>
    private static bool Resolves(string target)
    {
        var path = Path.Combine(Root, target);
        if (File.Exists(path) || Directory.Exists(path)) return true;
        return DecisionNumber().IsMatch(target)
            && Directory.GetFiles(Path.Combine(Root, "docs", "decisions"), Path.GetFileName(target) + "-*.md").Length == 1;
    }

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Where(f => !Path.GetRelativePath(Root, f).Split(Path.DirectorySeparatorChar).Any(Skipped.Contains))
            .Where(f => Path.GetFileName(f) != nameof(DocLinkTests) + ".cs"); // its examples of broken references

    // "docs/..." not inside a web address or another path (https://example.org/docs/x is not ours).
    [GeneratedRegex(@"(?<![\w./:-])docs/[\w./-]*[\w-]")]
    private static partial Regex DocsPath();

    [GeneratedRegex(@"^docs/decisions/\d{4}$")]
    private static partial Regex DecisionNumber();

    // [text](relative/path.md) or (path.md#part); addresses with a scheme are left out.
    [GeneratedRegex(@"\]\((?![a-z]+:)([^)#\s]+\.md)(?:#[^)]*)?\)")]
    private static partial Regex MarkdownLink();
}
