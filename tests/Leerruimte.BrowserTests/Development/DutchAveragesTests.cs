using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Development;

/// <summary>
/// Issue 10, item 14 as the walkthrough saw it: a cluster average of 3,25 showed as 3,2 (banker's rounding) while
/// hours round half up. On the results page it now reads 3,3, the one Dutch rule.
/// </summary>
public sealed class DutchAveragesTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    [Fact]
    public async Task A_cluster_average_of_three_and_a_quarter_shows_as_three_comma_three()
    {
        // lotte@ is in no other browser test, so nothing else changes her measurements meanwhile.
        var page = await NewPageSignedInAsAsync("lotte@lindenhaven.example", Phone);
        var meter = new MeterHomePage(page);
        await meter.GotoAsync();
        var measurement = await meter.StartAsync("meter-eigen-kracht-zelfregie", "Free");

        // "De regie bij de ander laten" has four statements: 4 + 3 + 3 + 3 = 13, an average of 3,25.
        await measurement.FillTheRestAndFinishAsync(s => s == "eigen-waarden" ? 4 : 3);

        var row = measurement.ClusterTable.Locator("tbody tr").Filter(new() { HasText = "De regie bij de ander laten" });
        await Expect(row).ToContainTextAsync("3,3");
        await Expect(row).Not.ToContainTextAsync("3,2");
        await Accessibility.CheckAsync(measurement, "results with a rounded average");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}
