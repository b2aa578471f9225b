using Xunit.Abstractions;

namespace Leerruimte.BrowserTests.Navigation;

/// <summary>
/// The app as ./run.sh starts it (Development, demo data), walked link by link as each demo role: a page that
/// answers 500, or a link to a page that is not there or not for this person, is found here before a newcomer finds it.
/// </summary>
public sealed class EveryLinkTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.TeamLeader)]
    [InlineData(DemoAccounts.Facilitator)]
    [InlineData(DemoAccounts.Trainer)]
    [InlineData(DemoAccounts.Member)]
    public async Task Every_link_reachable_from_the_start_page_opens_a_page(string email)
    {
        var crawl = new LinkCrawl(await NewPageSignedInAsAsync(email), Suite.BaseAddress);

        await crawl.RunAsync();

        Output.WriteLine($"{crawl.Visited.Count} addresses visited:{Environment.NewLine}{string.Join(Environment.NewLine, crawl.Visited)}");
        Assert.True(crawl.Visited.Count >= 20, $"Only {crawl.Visited.Count} addresses were reachable; the start page should lead much further.");
        Assert.True(crawl.Problems.Count == 0, $"{crawl.Problems.Count} problem(s) found:{Environment.NewLine}{string.Join(Environment.NewLine, crawl.Problems)}");
    }
}
