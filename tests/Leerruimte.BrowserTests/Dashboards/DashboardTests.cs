using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Dashboards;

/// <summary>
/// The team leader reads the demo's dashboards on a phone and on a beamer: her teams side by side for last year, one
/// team's charts drawn with their tables reached by keyboard, a table downloaded as CSV, the A4 print view; the admin
/// sees the whole organisation. axe finds nothing serious on any of them.
/// </summary>
public sealed class DashboardTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    public static TheoryData<string, int, int> Screens => new() { { "phone", 390, 844 }, { "beamer", 1920, 1080 } };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_leader_reads_last_year_per_team_and_per_quarter_downloads_a_table_and_prints_it(string screen, int width, int height)
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.TeamLeader, new ViewportSize { Width = width, Height = height });
        var mine = await DashboardPage.FromStartPageAsync(page, "Dashboard van mijn teams");
        var lastYear = int.Parse((await mine.Year.Locator("option").Nth(1).GetAttributeAsync("value"))!);
        await mine.ShowYearAsync(lastYear);

        var perTeam = mine.Table("Teambijeenkomsten gehouden");
        await Expect(perTeam.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(perTeam).Not.ToContainTextAsync("Hele organisatie");
        await Accessibility.CheckAsync(mine, $"{screen}, per team");
        await Screenshots.TakeAsync(page, $"dashboard-teams-{screen}", fullPage: true);

        var team = await mine.OpenTeamAsync("Wijkteam Noord");
        await Expect(team.Heading).ToHaveTextAsync("Dashboard van Wijkteam Noord");
        await Expect(team.Charts.Nth(4)).ToBeVisibleAsync(); // meetings, actions, learning, sessions, open work; the meter's when shared measurements fall in the year
        Assert.InRange(await team.Charts.CountAsync(), 5, 6);
        await team.WaitForChartsAsync();
        var quarters = team.Table("Teambijeenkomsten").Locator("tbody tr");
        await Expect(quarters).ToHaveCountAsync(4);
        for (var q = 0; q < 4; q++) await Expect(quarters.Nth(q).Locator("td").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[1-9]"));
        await team.Charts.First.Locator("[role=region]").FocusAsync();
        await Expect(team.Charts.First.Locator("[role=region]")).ToBeFocusedAsync();
        await Accessibility.CheckAsync(team, $"{screen}, team");
        await Screenshots.TakeAsync(page, $"dashboard-team-{screen}", fullPage: true);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = $"CSV – Teambijeenkomsten, {lastYear}" }).ClickAsync());
        Assert.Equal($"dashboard-{lastYear}-bijeenkomsten.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("Kwartaal;Gehouden;Mensen aanwezig;Aanwezigheden", csv.TrimStart('\uFEFF'));

        await team.PrintLink.ClickAsync();
        await Expect(page.Locator("main table").Nth(4)).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync($"Jaar {lastYear}, per kwartaal; Alle modules.");
        await Accessibility.CheckAsync(new DashboardPage(page, new Uri(page.Url).PathAndQuery), $"{screen}, print");
        await Screenshots.TakeAsync(page, $"dashboard-print-{screen}", fullPage: true);
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    [Fact]
    public async Task The_admin_sees_every_team_and_the_whole_organisation()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Admin, new ViewportSize { Width = 1366, Height = 768 });
        var all = await DashboardPage.FromStartPageAsync(page, "Dashboard van de organisatie");

        await Expect(all.Table("Teambijeenkomsten gehouden").Locator("tfoot")).ToContainTextAsync("Hele organisatie");
        await all.WaitForChartsAsync();
        await Accessibility.CheckAsync(all, "admin");
        await Screenshots.TakeAsync(page, "dashboard-organisation", fullPage: true);
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}
