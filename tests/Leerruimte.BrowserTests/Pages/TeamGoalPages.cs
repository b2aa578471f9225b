using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>A team's goals (/teams/{id}/doelen): each goal with its progress in words and as a bar.</summary>
public sealed class TeamGoalsPage(IPage page, string path) : BasePage(page)
{
    public override string Path => path;

    public ILocator Goals => Page.Locator("main .app-card");

    /// <summary>Reached from the start page, as a member does: "Teamdoelen" beside the team.</summary>
    public static async Task<TeamGoalsPage> FromStartPageAsync(IPage page, string team)
    {
        await page.GotoAsync("/");
        await page.Locator("#mijn-teams + ul li").Filter(new() { HasText = team }).GetByRole(AriaRole.Link, new() { Name = "Teamdoelen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/teams/[0-9a-f-]{36}/doelen$"));
        return new TeamGoalsPage(page, new Uri(page.Url).AbsolutePath);
    }

    public async Task<TeamGoalPage> OpenAsync(string title)
    {
        await Goals.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/doelen/[0-9a-f-]{36}$"));
        var goal = new TeamGoalPage(Page, new Uri(Page.Url).AbsolutePath);
        await Expect(goal.Heading).ToHaveTextAsync(title);
        return goal;
    }
}

/// <summary>One team goal (/teams/{id}/doelen/{goalId}): the chart with its table, the form to record a value.</summary>
public sealed class TeamGoalPage(IPage page, string path) : BasePage(page)
{
    public override string Path => path;

    public ILocator Chart => Page.Locator("main .app-data-chart");
    public ILocator Canvas => Chart.Locator("canvas");
    public ILocator Table => Chart.Locator("[role=region]");
    public ILocator Rows => Table.Locator("tbody tr");

    /// <summary>Waits until js/charts.js has drawn the chart with chart.js.</summary>
    public async Task WaitForChartAsync()
    {
        await Expect(Chart).ToHaveClassAsync(new Regex("app-data-chart--drawn"));
        await Page.WaitForFunctionAsync("() => window.Chart && Chart.getChart(document.querySelector('.app-data-chart canvas'))");
    }
}
