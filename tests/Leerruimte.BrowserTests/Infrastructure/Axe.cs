using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace Leerruimte.BrowserTests.Infrastructure;

/// <summary>
/// Runs axe-core on pages as a test walks through them and collects what it finds. A test ends with
/// <see cref="ShouldHaveFoundNoSeriousViolations"/>, which fails on any violation with impact "serious" or
/// "critical" on any page checked, listing per page each rule, its help text and the selectors of the offending
/// elements. Moderate and minor findings go to the test output without failing the test.
/// </summary>
public sealed class AxeAudit(ITestOutputHelper output)
{
    private static readonly string[] Blocking = ["serious", "critical"];
    private readonly List<string> problems = [];
    private int pagesChecked;
    private bool asserted;

    public int PagesChecked => pagesChecked;

    /// <summary>Checks the page as it is shown now (after any navigation the test did).</summary>
    public async Task CheckAsync(BasePage page, string? state = null)
    {
        var result = await page.Page.RunAxe();
        pagesChecked++;
        asserted = false;
        var where = state is null ? page.Page.Url : $"{page.Page.Url} ({state})";
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        var other = result.Violations.Except(blocking).ToList();
        if (other.Count > 0) output.WriteLine($"axe, not blocking, on {where}:{Environment.NewLine}{Describe(other)}");
        if (blocking.Count > 0) problems.Add($"{where}:{Environment.NewLine}{Describe(blocking)}");
    }

    public void ShouldHaveFoundNoSeriousViolations()
    {
        asserted = true;
        Assert.True(pagesChecked > 0, "No page was checked with axe.");
        if (problems.Count > 0)
            Assert.Fail($"axe found serious or critical accessibility violations on {problems.Count} of {pagesChecked} page(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>A safety net for a test that checked pages but never asked for the verdict.</summary>
    internal void EnsureAsserted()
    {
        if (pagesChecked > 0 && !asserted) ShouldHaveFoundNoSeriousViolations();
    }

    public static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.AppendLine($"- {v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]");
            foreach (var node in v.Nodes)
            {
                text.AppendLine($"    at {node.Target}: {Shorten(node.Html)}");
                var checks = (node.All ?? []).Concat(node.None ?? []).Concat(node.Any ?? [])
                    .Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct();
                foreach (var message in checks) text.AppendLine($"       {message.ReplaceLineEndings(" ")}");
            }
        }
        return text.ToString();
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 200 ? html : html[..197] + "...";
}
